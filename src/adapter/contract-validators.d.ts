/** Compiled at build time from openapi.yaml by scripts/contract-validators.ts. */
declare module 'virtual:dialkit/contract-validators' {
  type Validate = ((data: unknown) => boolean) & { errors?: { instancePath?: string; keyword?: string }[] | null };
  /** Each operation's module, as a bare `import()` (so that a failed one can be imported again). */
  export const validators: Record<string, () => Promise<{ validate: Validate }>>;
  /** The operations that change data (not GET, nor marked `x-dialkit-changes: false`). */
  export const writes: readonly string[];
}
