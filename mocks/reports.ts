/**
 * The report builders, which live in `backend/reports/`: this entry is what the
 * reports benchmark (`npm run bench -- reports`) and the report tests import.
 */
export { FOLDED_ROW_ID, MIN_UNIT_SIZE, type ReportMember, type ReportSource } from './backend/reports/scope.js';
export { DAILY_SERIES_MAX_DAYS, buildBudgetReport, buildSpendReport } from './backend/reports/spend.js';
export { buildCallReport, buildUsageReport } from './backend/reports/usage.js';
