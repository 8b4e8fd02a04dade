import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { Task, TaskStatus } from '@lit/task';
import type { DialkitAdapter } from '../../../adapter/adapter.js';
import type { Manager } from '../../../adapter/types.js';
import type { DialkitError } from '../../../core/errors.js';
import { spendTotal, type Money } from '../../../core/money.js';
import { monthToDate, today } from '../../../core/period.js';
import type { LocalizeController } from '../../../i18n/controller.js';
import { unwrap } from '../../shared/base.js';
import type { ElementServices } from '../../shared/controllers/services.js';
import type { ManagerSection } from './sections.js';

/** The three key tasks of a new Manager: the section each opens, and the workflow opened there (a public method of its element). */
const TASKS = [
  { id: 'invite', label: 'tasks.invite', body: 'tasks.inviteBody', section: 'members', action: 'openInvitation' },
  { id: 'buy', label: 'tasks.buy', body: 'tasks.buyBody', section: 'credit', action: 'openPurchase' },
  { id: 'allocate', label: 'tasks.allocate', body: 'tasks.allocateBody', section: 'credit', action: 'openAllocation' },
] as const;

/** A workflow a key task opens: the method of the section's element that opens it, focus in its first field. */
export type SectionAction = (typeof TASKS)[number]['action'];

export interface OverviewOptions {
  services: ElementServices;
  i18n: LocalizeController;
  /** Whether a section can be opened on this page. */
  available: (section: ManagerSection) => boolean;
  /** Opens a section as the user asked, and there the workflow `action`. */
  navigate: (section: ManagerSection, action?: SectionAction) => void;
  /** Counts the changes other elements made to the data (`DialkitElement.dataRevision`): the figures read again. */
  revision: () => number;
}

type Figure<T> = Task<readonly [DialkitAdapter, number, number], T | undefined>;

/**
 * The console's overview: the three key tasks of a new Manager, the headline
 * figures (balance, members, pending invitations, spend this month) and the
 * company. The figures are read afresh on each visit of the overview, since a
 * section may have moved credit or members meanwhile.
 */
export class Overview {
  /** Number of the current visit of the overview; 0 while another section is shown. */
  private visit = 0;
  private visits = 0;

  readonly balance: Figure<Money>;
  readonly members: Figure<number>;
  readonly pending: Figure<number>;
  /** Calls, subscriptions and numbers paid since the first of the month (the spend report's totals). */
  readonly spend: Figure<{ amount: Money; from: string }>;

  constructor(
    host: ReactiveControllerHost,
    private readonly options: OverviewOptions,
  ) {
    const { services } = options;
    const figure = <T>(operation: string, read: (backend: DialkitAdapter, signal: AbortSignal) => Promise<T>): Figure<T> =>
      new Task(host, {
        task: async ([backend, visit], { signal }) => (visit ? read(backend, signal) : undefined),
        args: () => [services.backend(), this.visit, options.revision()] as const,
        onError: (error) => services.report(operation, error),
      });
    this.balance = figure('getBalance', async (b, signal) => unwrap(await b.getBalance({ signal })).balance);
    this.members = figure('listMembers', async (b, signal) => unwrap(await b.listMembers({ limit: 1 }, { signal })).total);
    this.pending = figure('listInvitations', async (b, signal) => unwrap(await b.listInvitations({ status: 'pending' }, { signal })).length);
    this.spend = figure('getSpendReport', async (backend, signal) => {
      const { from, to: day } = monthToDate(today());
      let to = day;
      let result = await backend.getSpendReport({ level: 'department', from, to }, { signal });
      // The backend's day may end before the reader's: ask up to the last day it holds.
      const heldTo = !result.ok && result.error.code === 'report_range_unavailable' ? String(result.error.details?.['heldTo'] ?? '') : '';
      if (heldTo && heldTo < to) {
        to = heldTo;
        result = await backend.getSpendReport({ level: 'department', from: from < to ? from : to, to }, { signal });
      }
      const { totals } = unwrap(result);
      return { amount: spendTotal(totals), from };
    });
  }

  /** Called before each update: `shown` whether the overview is on screen, `entered` whether the section just changed. */
  follow(shown: boolean, entered: boolean): void {
    if (!shown) this.visit = 0;
    else if (!this.visit || entered) this.visit = this.visits += 1;
  }

  render(m: Manager, justSetUp: boolean): TemplateResult {
    const { i18n, available, navigate } = this.options;
    const t = i18n.t;
    return html`<section aria-labelledby="overview-title">
      <h2 id="overview-title" tabindex="-1">${t('nav.overview')}</h2>
      ${justSetUp ? html`<p class="welcome notice" role="status">${t('welcome')}</p>` : nothing}

      <h3 id="tasks-title">${t('tasks.title')}</h3>
      <ol class="tasks" part="tasks" aria-labelledby="tasks-title">
        ${TASKS.map((task) => {
          const open = available(task.section);
          return html`<li class="task">
            ${open
              ? html`<button type="button" class="task-button" data-task=${task.id} data-help-label="manager:${task.label}" aria-describedby="task-${task.id}-body" @click=${() => navigate(task.section, task.action)}>
                  ${t(task.label)}
                </button>`
              : html`<span class="task-name">${t(task.label)}</span>`}
            <p id="task-${task.id}-body">${t(task.body)}</p>
            ${open ? nothing : html`<p class="hint">${t('tasks.unavailable')}</p>`}
          </li>`;
        })}
      </ol>

      <h3 id="figures-title">${t('figures.title')}</h3>
      <dl class="figures" part="figures" aria-labelledby="figures-title">
        ${this.renderFigure('balance', t('figures.balance'), this.balance, (v) => i18n.money(v))}
        ${this.renderFigure('members', t('figures.members'), this.members, (v) => i18n.number(v))}
        ${this.renderFigure('pending', t('figures.pending'), this.pending, (v) => i18n.number(v))}
        ${this.renderFigure('spend', t('figures.spend'), this.spend, (v) => i18n.money(v.amount), (v) =>
          t('figures.spendHint', { date: i18n.date(v.from, { day: 'numeric', month: 'long' }) }),
        )}
      </dl>

      <div class="company-card spread">
        <h3>${t('company.title')}</h3>
        <p>
          <span class="company-name">${m.companyName}</span>
          <span class="hint">${t('company.admin', { account: m.adminAccountName })}</span>
        </p>
        <button type="button" class="button" id="edit-details" data-help-label="setup:editDetails" @click=${() => navigate('account')}>${t('setup:editDetails')}</button>
      </div>
    </section>`;
  }

  /** One figure: its value, a spinner while it is read, or "not available" with a retry of that figure alone. */
  private renderFigure<T>(id: string, label: string, task: Figure<T>, format: (value: T) => string, note?: (value: T) => string): TemplateResult {
    const t = this.options.i18n.t;
    let value: TemplateResult;
    const status = task.status === TaskStatus.COMPLETE && task.value === undefined ? TaskStatus.PENDING : task.status;
    switch (status) {
      case TaskStatus.COMPLETE:
        value = html`<span class="value">${format(task.value as T)}</span>${note ? html`<span class="hint">${note(task.value as T)}</span>` : nothing}`;
        break;
      case TaskStatus.ERROR:
        value = html`<span class="value unavailable">${t('figures.unavailable')}</span>
          <span class="visually-hidden">${this.options.services.describe(task.error as DialkitError)}</span>
          <button type="button" class="button link" aria-label=${t('common:actionOn', { action: t('common:retry'), name: label })} @click=${() => task.run()}>
            ${t('common:retry')}
          </button>`;
        break;
      default:
        value = html`<span class="value loading"><span class="spinner" aria-hidden="true"></span><span class="visually-hidden">${t('common:loading')}</span></span>`;
    }
    return html`<div class="figure" data-figure=${id} aria-busy=${task.status === TaskStatus.PENDING ? 'true' : 'false'}>
      <dt>${label}</dt>
      <dd>${value}</dd>
    </div>`;
  }
}
