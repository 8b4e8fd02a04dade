// Types for scripts/chromium.mjs, which vite.config.ts imports.
export declare const CHROMIUM_CANDIDATES: string[];
export declare const CHROMIUM_ARGS: string[];
export declare function findChromium(): string | null;
export declare function chromiumLaunchOptions(): { executablePath: string | undefined; args: string[] };
