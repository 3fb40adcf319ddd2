/**
 * A coach's time and contacts: a member's time log, logging a review or a call, and the month's summary
 * across the coach's members. Shapes are the contract's, imported as types only.
 */
import type { CoachActionView, TimeEntryBody, TimeLog, TimeSummary } from '../../contract/coach-time.ts';
import { del, get, post } from './client.ts';

const memberPath = (memberId: string) => `/api/coach/members/${encodeURIComponent(memberId)}/time`;
const monthQuery = (month: string | undefined) => (month ? `?month=${encodeURIComponent(month)}` : '');

export const coachTimeApi = {
  log: (memberId: string) => get<TimeLog>(memberPath(memberId)),
  logTime: (memberId: string, entry: TimeEntryBody) => post<CoachActionView>(memberPath(memberId), entry),
  remove: (memberId: string, actionId: string) =>
    del<null>(`${memberPath(memberId)}/${encodeURIComponent(actionId)}`),
  summary: (month?: string) => get<TimeSummary>(`/api/coach/time${monthQuery(month)}`),
  /** A plain link downloads it: the login cookie goes with it, and the server names the file. */
  csvUrl: (month: string) => `/api/coach/time.csv${monthQuery(month)}`,
};
