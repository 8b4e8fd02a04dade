// Types for scripts/build/sizes.mjs, which the package tests import.
export interface Budget {
  name: string;
  /** The key of the figure in `measureDist().figures`. */
  measure: string;
  /** Bytes the figure should come down to. */
  goal: number;
  /** Bytes the figure may not pass: the goal, or the figure reached where the goal is not met yet. */
  max: number;
}
export interface Weight {
  files: number;
  gzip: number;
  brotli: number;
}
export declare const root: string;
export declare const dist: string;
export declare const BUDGETS: Budget[];
export declare function sizeOf(file: string): { raw: number; gzip: number; brotli: number };
export declare const gzip: (code: string | Uint8Array) => number;
export declare const brotli: (code: string | Uint8Array) => number;
/** Every file an entry loads by static imports: the kit's own and the libraries'. */
export declare function graph(entry: string): { kit: string[]; shared: string[] };
export declare const weigh: (files: string[]) => Weight;
export declare function weighMerged(files: string[]): Weight;
/** The package's exports that are JavaScript in dist/: [name, file]. */
export declare function npmEntries(): Array<[string, string]>;
/** The elements the CDN autoloader can load, by file name. */
export declare function cdnElements(): string[];
export declare function measureDist(): {
  figures: Record<string, number>;
  npm: Array<{ name: string; kit: Weight; merged: Weight; shared: Weight }>;
  cdn: Record<string, unknown>;
};
