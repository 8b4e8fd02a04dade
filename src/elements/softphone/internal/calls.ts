/**
 * The day's calls of a line, as this browser saw them: kept in the page's
 * memory only (never in storage: callers' numbers are personal data), per
 * member and day, so that the softphone made again (a section left and
 * entered) still lists them; a reload forgets them.
 */
import type { CallLike } from '../../../calling/types.js';

export type CallOutcome = 'answered' | 'missed' | 'declined';

export interface LoggedCall {
  /** When it started ringing. */
  at: Date;
  caller: string;
  callerName: string | null;
  pageUrl: string | null;
  outcome: CallOutcome;
  /** Seconds talked; 0 for a call not answered. */
  seconds: number;
}

const logs = new Map<string, LoggedCall[]>();

/** The local day, as `YYYY-MM-DD`. */
export const dayOf = (date: Date): string =>
  `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;

/** The calls of `memberId`'s line today, newest first. */
export function callsOf(memberId: string, now = new Date()): LoggedCall[] {
  return logs.get(`${memberId}@${dayOf(now)}`) ?? [];
}

/** Notes a call that is over. */
export function logCall(memberId: string, call: CallLike, outcome: CallOutcome, ringingSince: Date): LoggedCall {
  const entry: LoggedCall = {
    at: ringingSince,
    caller: call.remoteIdentity.user,
    callerName: call.remoteIdentity.displayName,
    pageUrl: call.pageUrl,
    outcome,
    seconds: call.startedAt ? Math.max(0, Math.round(((call.endedAt ?? new Date()).getTime() - call.startedAt.getTime()) / 1000)) : 0,
  };
  const key = `${memberId}@${dayOf(ringingSince)}`;
  logs.set(key, [entry, ...(logs.get(key) ?? [])]);
  return entry;
}

/** `m:ss`, or `h:mm:ss` past an hour. */
export function clock(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  const [h, m, r] = [Math.floor(s / 3600), Math.floor((s % 3600) / 60), s % 60];
  const two = (n: number) => String(n).padStart(2, '0');
  return h ? `${h}:${two(m)}:${two(r)}` : `${m}:${two(r)}`;
}
