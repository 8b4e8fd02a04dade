/**
 * Readers for request bodies and query strings: each returns the typed value
 * or throws the `Problem` a server answers for a malformed request.
 */
import type { ServerErrorCode } from '../src/core/errors.js';
import { isMoney, type Money } from '../src/core/money.js';
import type { AutoRecharge, FeatureAccess, NumberAssignee } from './contract.js';
import { problem } from './problem.js';

export type Json = Record<string, unknown>;
/** A type test for one field's value. */
export type Check<T> = (value: unknown) => value is T;

const FEATURES = ['mobileCalls', 'internationalCalls', 'onlineNumber', 'voicemail', 'callForwarding'] as const;

export const isString: Check<string> = (v): v is string => typeof v === 'string';
export const isBoolean: Check<boolean> = (v): v is boolean => typeof v === 'boolean';
export const isInteger: Check<number> = (v): v is number => Number.isSafeInteger(v);
export const isVersion: Check<number> = (v): v is number => Number.isSafeInteger(v) && (v as number) >= 0;
export const isMoneyValue: Check<Money> = (v): v is Money => isMoney(v) && Object.keys(v as object).length === 2;
export const isStringArray: Check<string[]> = (v): v is string[] => Array.isArray(v) && v.every(isString);
export const nullable =
  <T>(check: Check<T>): Check<T | null> =>
  (v): v is T | null =>
    v === null || check(v);
export const oneOf =
  <T extends string>(values: readonly T[]): Check<T> =>
  (v): v is T =>
    typeof v === 'string' && (values as readonly string[]).includes(v);

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

export const isFeatureAccess: Check<FeatureAccess> = (v): v is FeatureAccess =>
  isObject(v) && Object.keys(v).length === FEATURES.length && FEATURES.every((f) => isBoolean(v[f]));

export const isFeaturePatch: Check<Partial<FeatureAccess>> = (v): v is Partial<FeatureAccess> =>
  isObject(v) && Object.entries(v).every(([k, value]) => (FEATURES as readonly string[]).includes(k) && isBoolean(value));

export const isAutoRecharge: Check<AutoRecharge> = (v): v is AutoRecharge =>
  isObject(v) && Object.keys(v).length === 3 && isMoneyValue(v.amount) && isMoneyValue(v.threshold) && isMoneyValue(v.monthlyCap);

export const isAssignee: Check<NumberAssignee> = (v): v is NumberAssignee =>
  v === null ||
  (isObject(v) &&
    Object.keys(v).length === 2 &&
    ((v.kind === 'member' && isString(v.memberId)) || (v.kind === 'sip_profile' && isString(v.sipProfileId))));

/** The JSON body as an object holding only the allowed fields. */
export function objectBody(body: unknown, allowed: readonly string[]): Json {
  if (!isObject(body)) throw problem('validation_failed', 'The body must be a JSON object');
  const unknown = Object.keys(body).find((k) => !allowed.includes(k));
  if (unknown) throw problem('validation_failed', `Unknown field ${unknown}`, { field: unknown });
  return body;
}

/** A required field; `code` names the refusal when a specific one exists (e.g. `invalid_amount`). */
export function required<T>(body: Json, field: string, check: Check<T>, code: ServerErrorCode = 'validation_failed'): T {
  const value = body[field];
  if (!check(value)) throw problem(code, `${field} is missing or malformed`, { field });
  return value;
}

/** An optional field: undefined when absent. */
export function optional<T>(body: Json, field: string, check: Check<T>, code: ServerErrorCode = 'validation_failed'): T | undefined {
  return body[field] === undefined ? undefined : required(body, field, check, code);
}

/** A query parameter, optionally restricted to some values. */
export function queryString<T extends string = string>(url: URL, name: string, check?: Check<T>): T | undefined {
  const value = url.searchParams.get(name);
  if (value === null) return undefined;
  if (check && !check(value)) throw problem('validation_failed', `${name} has an unsupported value`, { field: name });
  return value as T;
}

export function requiredQuery<T extends string = string>(url: URL, name: string, check?: Check<T>): T {
  const value = queryString(url, name, check);
  if (value === undefined) throw problem('validation_failed', `${name} is required`, { field: name });
  return value;
}

export function queryInteger(url: URL, name: string): number | undefined {
  const value = url.searchParams.get(name);
  if (value === null) return undefined;
  if (!/^-?\d+$/.test(value)) throw problem('validation_failed', `${name} must be an integer`, { field: name });
  return Number(value);
}

/** The `version` query parameter of a DELETE. */
export function queryVersion(url: URL): number {
  const version = queryInteger(url, 'version');
  if (version === undefined || version < 0) throw problem('validation_failed', 'version is required', { field: 'version' });
  return version;
}
