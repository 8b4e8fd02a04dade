// Types for scripts/kamailio.mjs, which scripts/sip-server.ts imports.
export declare const KAMAILIO_PACKAGES: string[];
export declare const KAMAILIO_CANDIDATES: string[];
export declare const KAMAILIO_CONFIG: string;
export declare function findKamailio(): string | null;
export declare function checkKamailio(binary: string): string | null;
