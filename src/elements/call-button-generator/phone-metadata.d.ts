/** libphonenumber-js's metadata in parts, served by scripts/phone-metadata.ts. */
declare module 'virtual:dialkit/phone-metadata' {
  /** The metadata's format version. */
  export const version: number;
  /** Each calling code's countries (`001` for non-geographic numbers). */
  export const codes: Record<string, string[]>;
  /** Each part, by the first digit of its calling codes: its countries' and non-geographic numbers' metadata. */
  export const parts: Record<string, () => Promise<{ default: { countries: Record<string, unknown>; nonGeographic: Record<string, unknown> } }>>;
}
