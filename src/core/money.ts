/** Money is an integer count of minor units with an ISO 4217 currency; never a float. */
export interface Money {
  amountMinor: number;
  currency: string;
}

const CURRENCY = /^[A-Z]{3}$/;

/** Minor-unit digits of a currency (PLN, EUR: 2; JPY: 0), asked of Intl. */
export function minorDigits(currency: string): number {
  return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
}

export function money(amountMinor: number, currency: string): Money {
  if (!Number.isSafeInteger(amountMinor)) throw new RangeError(`amountMinor must be a safe integer, got ${amountMinor}`);
  if (!CURRENCY.test(currency)) throw new RangeError(`currency must be ISO 4217, got ${currency}`);
  return { amountMinor, currency };
}

export function isMoney(value: unknown): value is Money {
  const m = value as Money;
  return !!m && Number.isSafeInteger(m.amountMinor) && typeof m.currency === 'string' && CURRENCY.test(m.currency);
}

function same(a: Money, b: Money): void {
  if (a.currency !== b.currency) throw new RangeError(`currency mismatch: ${a.currency} and ${b.currency}`);
}

export function add(a: Money, b: Money): Money {
  same(a, b);
  return money(a.amountMinor + b.amountMinor, a.currency);
}

export function subtract(a: Money, b: Money): Money {
  same(a, b);
  return money(a.amountMinor - b.amountMinor, a.currency);
}

export function multiply(a: Money, factor: number): Money {
  if (!Number.isSafeInteger(factor)) throw new RangeError('factor must be an integer');
  return money(a.amountMinor * factor, a.currency);
}

export function compare(a: Money, b: Money): number {
  same(a, b);
  return Math.sign(a.amountMinor - b.amountMinor);
}

export function sum(items: readonly Money[], currency: string): Money {
  return items.reduce((acc, m) => add(acc, m), money(0, currency));
}

/**
 * Parses what a person typed ("12,50", "12.5", "1 234,50") into minor units,
 * or null when it is not an amount. Decimal comma and point are both accepted;
 * spaces (also no-break and narrow no-break) group thousands.
 */
export function parseAmount(text: string, currency: string): Money | null {
  const digits = minorDigits(currency);
  const cleaned = text.trim().replace(/[\s\u00a0\u202f']/g, '');
  const match = /^(\d+)(?:[.,](\d*))?$/.exec(cleaned);
  if (!match) return null;
  const [, whole = '0', fraction = ''] = match;
  if (fraction.length > digits) return null;
  const minor = Number(whole) * 10 ** digits + Number(fraction.padEnd(digits, '0') || '0');
  return Number.isSafeInteger(minor) ? money(minor, currency) : null;
}

/** What a spend report's row or totals add up to: calls, subscriptions and numbers. */
export function spendTotal(spend: { calls: Money; subscriptions: Money; numbers: Money }): Money {
  return { amountMinor: spend.calls.amountMinor + spend.subscriptions.amountMinor + spend.numbers.amountMinor, currency: spend.calls.currency };
}
