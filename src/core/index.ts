export * from './errors.js';
export * from './error-codes.js';
export * from './money.js';
export * from './validation.js';
export * from './text.js';
export * from './regions.js';
export { detectPersonalData, PERSONAL_DATA_KINDS, type PersonalDataFinding, type PersonalDataKind } from './personal-data.js';
export * from './period.js';
