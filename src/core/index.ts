export * from './errors.js';
export * from './money.js';
export * from './validation.js';
export * from './text.js';
