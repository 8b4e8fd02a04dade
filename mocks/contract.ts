/**
 * The records of the backend contract, as the mock serves them: the types
 * generated from `src/adapter/openapi.yaml`, so the mock is checked against it.
 */
export type * from '../src/adapter/types.js';
export type { Money } from '../src/core/money.js';

/** A page of a long list. */
export interface Page<T> {
  items: T[];
  total: number;
}
