import type { TemplateResult, nothing } from 'lit';
import type { Task } from '@lit/task';
import type { DialkitAdapter } from '../../../adapter/adapter.js';
import type { Balance, Member, NumberAssignee, OnlineNumber, Plan, SipProfile, Subscription } from '../../../adapter/types.js';
import type { LocalizeController } from '../../../i18n/controller.js';
import type { DialkitEventMap } from '../../shared/events.js';
import type { MemberSearchController } from '../../shared/controllers/member-search.js';
import type { ElementServices } from '../../shared/controllers/services.js';

/** Everything the page shows, read together. */
export interface Page {
  balance: Balance;
  plans: Plan[];
  subscriptions: Subscription[];
  numbers: OnlineNumber[];
  /** Holders of subscriptions and numbers beyond the members' first page (a large company), so that each is named. */
  holders: Member[];
  profiles: SipProfile[];
}

/** A subscription or a number, as the assign and unassign dialogs name it. */
export interface Target {
  kind: 'subscription' | 'number';
  id: string;
}

/** What the unassign confirmation removes, in the words of the row it came from. */
export interface Removal extends Target {
  label: string;
  holder: string;
}

import type { ElementHost as Host } from '../../shared/controllers/services.js';
export type { Host };
import type { TaskViews } from '../../shared/base.js';

/**
 * What the workflows of `dk-features` get from the element: its services, the
 * member search they share, and the ways to change what the page shows.
 */
export interface Features {
  readonly host: Host;
  readonly i18n: LocalizeController;
  readonly backend: () => DialkitAdapter;
  /** The company's members: the members tab and the assign dialog search them (never both on screen at once). */
  readonly members: MemberSearchController;
  /** What the writes need of the element (`DialkitElement.services`). */
  readonly services: ElementServices;
  /** Shows a failed read to the page (`dk-error`). */
  report(operation: string, error: unknown): void;
  renderTask<T>(task: Task<readonly unknown[], T>, views: TaskViews<T>): TemplateResult;
  emit<K extends keyof DialkitEventMap>(name: K, detail: DialkitEventMap[K]): boolean;
  /** Says `text` in the page's live region. */
  announce(text: string): void;
  /** Shows what a write returned at once; the next read replaces it. */
  change(update: (page: Page) => Page): void;
  /** Reads the page again, after a write or a refusal that says the page is out of date. */
  reload(): void;
  /** The dialogs, each opened from its button (the focus comes back to it); their module loads on the first. */
  openAssign(target: Target, event: Event): void;
  openUnassign(removal: Removal, event: Event): void;
  openBuyPlan(planId: string, event: Event): void;
  openBuyNumber(event: Event): void;
}

/** The same row's button for `target`: it takes the focus when the one that opened a dialog was replaced (Assign became Unassign). */
export function rowButton(host: Host, target: Target): HTMLElement | null {
  return host.renderRoot.querySelector<HTMLElement>(`[data-${target.kind}="${CSS.escape(target.id)}"]`);
}

/** In a company larger than the members' first page, the holders that page does not have, read one by one. */
export async function readHolders(
  backend: DialkitAdapter,
  known: (id: string) => boolean,
  subscriptions: readonly Subscription[],
  numbers: readonly OnlineNumber[],
  signal: AbortSignal,
): Promise<Member[]> {
  const holders = [
    ...subscriptions.map((s) => s.memberId),
    ...numbers.map((n) => (n.assignee?.kind === 'member' ? n.assignee.memberId : null)),
  ].filter((id): id is string => !!id && !known(id));
  const found = await Promise.all([...new Set(holders)].map((id) => backend.getMember(id, { signal })));
  return found.flatMap((r) => (r.ok ? [r.data] : []));
}

/** The page with `fresh` in place of the record of the same id. */
export function withRecord(page: Page, kind: Target['kind'], fresh: Subscription | OnlineNumber): Page {
  if (kind === 'subscription') {
    return { ...page, subscriptions: page.subscriptions.map((s) => (s.id === fresh.id ? (fresh as Subscription) : s)) };
  }
  return { ...page, numbers: page.numbers.map((n) => (n.id === fresh.id ? (fresh as OnlineNumber) : n)) };
}

export function memberName(f: Features, page: Page, id: string | null): string {
  if (!id) return '';
  const member = f.members.get(id) ?? page.holders.find((m) => m.id === id);
  return member?.displayName ?? f.i18n.t('formerMember');
}

export function planName(page: Page, id: string): string {
  return page.plans.find((p) => p.id === id)?.name ?? id;
}

/** Who a number rings: a member, a SIP profile, or nobody. */
export function assigneeText(f: Features, page: Page, a: NumberAssignee): string {
  if (!a) return f.i18n.t('unassigned');
  if (a.kind === 'member') return memberName(f, page, a.memberId);
  const profile = page.profiles.find((p) => p.id === a.sipProfileId);
  return f.i18n.t('sipProfileNamed', { name: profile?.name ?? a.sipProfileId });
}

/** What a plan includes: minutes, destinations and countries (named up to three, else counted). */
export function planIncludes(f: Features, plan: Plan): string {
  const i18n = f.i18n;
  const t = i18n.t;
  const countries =
    plan.countries.length > 3
      ? t('countries', { count: plan.countries.length })
      : i18n.list(plan.countries.map((c) => i18n.displayName('region', c)));
  return t('planIncludes', {
    minutes: i18n.number(plan.minutesPerMonth),
    destinations: i18n.list(plan.destinations.map((x) => t(`destinations.${x}`))),
    countries,
  });
}
