/** Compiled at build time from openapi.yaml by scripts/contract-validators.ts. */
declare module 'virtual:dialkit/contract-validators' {
  type Validate = ((data: unknown) => boolean) & { errors?: { instancePath?: string; keyword?: string }[] | null };
  export const validators: Record<string, () => Promise<Validate>>;
  /** The operations that change data (not GET, nor marked `x-dialkit-changes: false`). */
  export const writes: readonly string[];
}
