/** Usage, spend, call and budget reports over the store (the builders are in `reports/`). */
import { HISTORY_MONTHS } from '../../src/core/period.js';
import type { BudgetReport, CallPage, CallReportQuery, ReportQuery, SpendReport, UsageReport } from '../contract.js';
import { reply, type Reply } from '../problem.js';
import { addMonths, dayNumber } from '../usage.js';
import type { ReportSource } from './reports/scope.js';
import { buildBudgetReport, buildSpendReport } from './reports/spend.js';
import { buildCallReport, buildUsageReport } from './reports/usage.js';
import type { Store } from './store.js';

export class Reports {
  constructor(private readonly s: Store) {}

  getUsageReport(query: ReportQuery): Reply<UsageReport> {
    return reply(buildUsageReport(this.source(), query));
  }

  getSpendReport(query: ReportQuery): Reply<SpendReport> {
    return reply(buildSpendReport(this.source(), query));
  }

  getCallReport(query: CallReportQuery): Reply<CallPage> {
    return reply(buildCallReport(this.source(), query));
  }

  getBudgetReport(): Reply<BudgetReport> {
    return reply(buildBudgetReport(this.source()));
  }

  /** What the builders read: the members with their consent, the ledger by day, what each member pays monthly. */
  private source(): ReportSource {
    const s = this.s;
    const manager = s.requireManager();
    const now = s.now();
    return {
      currency: manager.currency,
      today: dayNumber(now),
      heldFrom: dayNumber(addMonths(now, -HISTORY_MONTHS)),
      usage: s.usage,
      members: [...s.members.values()].map((m) => ({
        id: m.id,
        name: m.displayName,
        departmentId: m.departmentId,
        groupIds: m.groupIds,
        consent: m.usageReportingConsent,
      })),
      departments: [...s.departments.values()].map((d) => ({ id: d.id, name: d.name, monthlyBudget: d.monthlyBudget })),
      groups: [...s.groups.values()].map((g) => ({ id: g.id, name: g.name })),
      ledger: s.ledger.map((e) => ({ kind: e.kind, amountMinor: e.amountMinor, memberId: e.memberId, day: dayNumber(e.createdAt) })),
      recurring: [
        ...[...s.subscriptions.values()].map((sub) => ({
          kind: 'subscriptions' as const,
          memberId: sub.memberId,
          monthlyMinor: s.plans.find((p) => p.id === sub.planId)?.priceMinor ?? 0,
        })),
        ...[...s.numbers.values()].map((n) => ({
          kind: 'numbers' as const,
          memberId: n.assignee?.kind === 'member' ? n.assignee.memberId : null,
          monthlyMinor: n.monthlyPriceMinor,
        })),
      ],
    };
  }
}
