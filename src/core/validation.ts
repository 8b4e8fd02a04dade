/**
 * The domain's validation rules, each returning why a value is refused (a key
 * the UI translates under `validation:`) or null when it is valid.
 */

/** Letters, digits, dot, dash, underscore; starts with a letter; 6 to 32 characters. */
export const ACCOUNT_NAME = /^[A-Za-z][A-Za-z0-9._-]{5,31}$/;
/** A `live:` id, as issued for accounts created from an e-mail address. */
export const LIVE_ID = /^live:[A-Za-z0-9._-]{1,64}$/;
/** 1 to 8 digits. */
export const EXTENSION = /^[0-9]{1,8}$/;
/** E.164: a plus, a country code that does not start with 0, at most 15 digits in all. */
export const E164 = /^\+[1-9][0-9]{6,14}$/;
/** Practical e-mail shape (the server decides deliverability). */
export const EMAIL = /^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$/;

export type AccountNameProblem = 'empty' | 'too_short' | 'too_long' | 'must_start_with_letter' | 'invalid_characters';

export function accountNameProblem(name: string): AccountNameProblem | null {
  if (name.length === 0) return 'empty';
  if (LIVE_ID.test(name)) return null;
  if (!/^[A-Za-z]/.test(name)) return 'must_start_with_letter';
  if (/[^A-Za-z0-9._-]/.test(name)) return 'invalid_characters';
  if (name.length < 6) return 'too_short';
  if (name.length > 32) return 'too_long';
  return null;
}

export const isAccountName = (name: string): boolean => accountNameProblem(name) === null;

export type ExtensionProblem = 'not_digits' | 'too_long';

/** An empty extension is allowed (it is optional); otherwise 1 to 8 digits. */
export function extensionProblem(extension: string): ExtensionProblem | null {
  if (extension === '') return null;
  if (!/^[0-9]+$/.test(extension)) return 'not_digits';
  if (extension.length > 8) return 'too_long';
  return null;
}

export const isE164 = (value: string): boolean => E164.test(value);
export const isEmail = (value: string): boolean => EMAIL.test(value);

/**
 * Suggests the dedicated admin account name for a company, as the console
 * advises: "Architectes" gives "admin.architectes", "Łódź Biuro" gives
 * "admin.lodz-biuro". The result always satisfies the account-name rule.
 */
export function suggestAdminAccountName(company: string): string {
  const folded = company
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[łŁ]/g, (c) => (c === 'ł' ? 'l' : 'L'))
    .replace(/[øØ]/g, 'o')
    .replace(/ß/g, 'ss')
    .replace(/[æÆ]/g, 'ae')
    .replace(/[œŒ]/g, 'oe')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  const base = `admin.${folded || 'company'}`;
  return base.slice(0, 32).replace(/[-.]+$/, '');
}
