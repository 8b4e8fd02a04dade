export * from './adapter.js';
export * from './rest.js';
export type * from './types.js';
export type { components, operations, paths } from './schema.js';
export * from './changes.js';
