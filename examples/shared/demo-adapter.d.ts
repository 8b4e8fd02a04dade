import type { DialkitAdapter } from 'dialkit';
export declare const demoAdapter: DialkitAdapter;
