import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { minorDigits, parseAmount, type Money } from '../../../core/money.js';
import type { LocalizeController } from '../../../i18n/controller.js';

export type AmountProblem = 'empty' | 'format' | 'zero';
export type Parsed = { value: Money; problem?: undefined } | { value?: undefined; problem: AmountProblem };

/** An amount as typed, in the company's currency: a positive amount, or what is wrong with it. */
export function parse(text: string, currency: string): Parsed {
  if (text.trim() === '') return { problem: 'empty' };
  const value = parseAmount(text, currency);
  if (!value) return { problem: 'format' };
  if (value.amountMinor <= 0) return { problem: 'zero' };
  return { value };
}

/**
 * The problem of a typed amount as `FormController.problem` takes it (an empty
 * field is said only once left or sent), with an example in the user's
 * language: "12,50".
 */
export function amountProblem(i18n: LocalizeController, problem: AmountProblem, currency: string): { text: string; empty: boolean } {
  const digits = minorDigits(currency);
  const example = i18n.number(1250 / 10 ** digits, { minimumFractionDigits: digits, useGrouping: false });
  return { text: i18n.t(`amount.${problem}`, { example }), empty: problem === 'empty' };
}

/** An amount as someone would type it, without currency or grouping: "12,50". */
export function plain(i18n: LocalizeController, value: Money): string {
  const digits = minorDigits(value.currency);
  return i18n.number(value.amountMinor / 10 ** digits, {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
    useGrouping: false,
  });
}

export interface AmountField {
  id: string;
  label: string;
  value: string;
  /** The problem to show under it ('' for none), as `FormController.problem` gave it. */
  problem: string;
  /** The id of that problem's text. */
  errorId: string;
  /** Ids of what else describes the field (the limits, a hint). */
  describedBy?: string;
  /** While the request is on its way, the amount cannot change. */
  readonly: boolean;
  /** A hint under the field. */
  hint?: TemplateResult;
  /** What goes beside the field ("All of it"), for a field with room for it: `nothing` while there is none, so the input stays the same. */
  beside?: TemplateResult | typeof nothing;
  input: (text: string) => void;
  blur: () => void;
}

/** An amount field of a dialog: decimal keyboard, its problem under it and named by it. */
export function renderAmountField(f: AmountField): TemplateResult {
  const describedBy = [f.describedBy, f.problem ? f.errorId : ''].filter(Boolean).join(' ');
  const input = html`<input
    id=${f.id}
    inputmode="decimal"
    autocomplete="off"
    .value=${live(f.value)}
    ?readonly=${f.readonly}
    aria-invalid=${f.problem ? 'true' : 'false'}
    aria-describedby=${describedBy || nothing}
    @input=${(e: InputEvent) => f.input((e.target as HTMLInputElement).value)}
    @blur=${f.blur}
  />`;
  return html`<div class="field">
    <label for=${f.id}>${f.label}</label>
    ${f.beside === undefined ? input : html`<div class="inline">${input} ${f.beside}</div>`} ${f.hint ?? nothing}
    ${f.problem ? html`<span class="field-error" id=${f.errorId}>${f.problem}</span>` : nothing}
  </div>`;
}
