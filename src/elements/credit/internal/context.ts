import type { TemplateResult, nothing } from 'lit';
import type { Task } from '@lit/task';
import type { Balance, Member } from '../../../adapter/types.js';
import type { Money } from '../../../core/money.js';
import type { LocalizeController } from '../../../i18n/controller.js';
import type { DialkitEventMap } from '../../shared/events.js';
import type { MemberSearchController } from '../../shared/controllers/member-search.js';
import type { ElementServices } from '../../shared/controllers/services.js';

import type { ElementHost as Host } from '../../shared/controllers/services.js';
export type { Host };

/** `DialkitElement.renderTask`: loading, error with Retry, content; the last value kept through a reload. */
export type RenderTask = <T>(
  task: Task<readonly unknown[], T>,
  views: { complete: (data: T) => TemplateResult | typeof nothing; isEmpty?: (data: T) => boolean; empty?: () => TemplateResult },
) => TemplateResult;

/** What the workflows of `dk-credit` share of their element: its services (backend, error reporting, words) and more. */
export interface CreditContext extends ElementServices {
  readonly host: Host;
  readonly i18n: LocalizeController;
  /** The company's members, for the pickers and the ledger's names. */
  readonly members: MemberSearchController;
  readonly emit: <K extends keyof DialkitEventMap>(name: K, detail: DialkitEventMap[K]) => boolean;
  readonly renderTask: RenderTask;
  /** Says `text` in the element's live region: what a write did, once its dialog is closed. */
  readonly announce: (text: string) => void;
  /** Credit moved: the company balance the backend answered shows at once, and everything is read again. */
  readonly moved: (balance: Money) => void;
  /** Reads balance, members and ledger again: a refusal said they changed meanwhile. */
  readonly refresh: () => void;
}

/**
 * The idempotency key `WriteController.run` gives a money write: there is
 * always one (the write is a `MoneyWriteController`); without it nothing is
 * sent.
 */
export function moneyKey(key: string | undefined): string {
  if (!key) throw new Error('A money write without an idempotency key');
  return key;
}

/** The currency of the company balance: amounts are typed and shown in it. */
export function currencyOf(balance: Balance): string {
  return balance.balance.currency;
}

/** What is left to buy this month, in minor units (never below zero). */
export function leftThisMonth(balance: Balance): number {
  const limit = balance.purchaseLimit;
  return Math.max(limit.monthly.amountMinor - limit.usedThisMonth.amountMinor, 0);
}

/** A member's automatic top-up in words, or that there is none. */
export function autoSummary(i18n: LocalizeController, rule: Member['autoRecharge']): string {
  if (!rule) return i18n.t('autoOff');
  return i18n.t('autoSummary', {
    amount: i18n.money(rule.amount),
    threshold: i18n.money(rule.threshold),
    cap: i18n.money(rule.monthlyCap),
  });
}
