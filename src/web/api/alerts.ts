/** A coach's alerts (`/api/coach/alerts…`); the shapes are the contract's, imported as types only. */
import type { Alert, AlertList, AlertSeverity, ResolveAlertBody } from '../../contract/alerts.ts';
import { get, post } from './client.ts';

export interface QueueChoice {
  severity: AlertSeverity | null;
  state: 'open' | 'resolved';
}

function queuePath({ severity, state }: QueueChoice): string {
  const query = new URLSearchParams({ state });
  if (severity) query.set('severity', severity);
  return `/api/coach/alerts?${query.toString()}`;
}

export const alertsApi = {
  queue: (choice: QueueChoice) => get<AlertList>(queuePath(choice)),
  ofMember: (memberId: string) => get<AlertList>(`/api/coach/members/${encodeURIComponent(memberId)}/alerts`),
  acknowledge: (alertId: string) =>
    post<Alert>(`/api/coach/alerts/${encodeURIComponent(alertId)}/acknowledge`),
  resolve: (alertId: string, body: ResolveAlertBody) =>
    post<Alert>(`/api/coach/alerts/${encodeURIComponent(alertId)}/resolve`, body),
};
