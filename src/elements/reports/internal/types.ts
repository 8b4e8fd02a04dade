import type { BudgetReport, LedgerPage, ReportLevel, SpendReport, UsageReport } from '../../../adapter/types.js';

export type ReportKind = 'summary' | 'purchases' | 'allocations' | 'usage';

export const KINDS: readonly ReportKind[] = ['summary', 'purchases', 'allocations', 'usage'];
export const LEVELS: readonly ReportLevel[] = ['group', 'department', 'employee'];
export const DESTINATIONS = ['landline', 'mobile', 'international'] as const;

export const isKind = (value: string): value is ReportKind => (KINDS as readonly string[]).includes(value);
export const isLevel = (value: string): value is ReportLevel => (LEVELS as readonly string[]).includes(value);

/** A drill-down from a group or department to its employees. */
export interface UnitFilter {
  level: 'group' | 'department';
  id: string;
  name: string;
}

/** A drill-down from an employee to their calls. */
export interface MemberFilter {
  id: string;
  name: string;
}

/** What each report is built from, and the unit drilled into when it was asked for. */
export type ReportData = { unit: UnitFilter | undefined } & (
  | { kind: 'summary'; spend: SpendReport; usage: UsageReport; budgets: BudgetReport }
  | { kind: 'purchases'; spend: SpendReport; purchases: LedgerPage }
  | { kind: 'allocations'; spend: SpendReport }
  | { kind: 'usage'; usage: UsageReport }
);
