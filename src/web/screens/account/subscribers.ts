import type { SubscriberList } from '../../../contract/subscribers.ts';
import { get } from '../../api/client.ts';

/** GET /api/admin/subscribers: only the count is shown, so one row is enough. */
export const loadSubscriberCount = () => get<SubscriberList>('/api/admin/subscribers?limit=1');

export const SUBSCRIBERS_CSV_URL = '/api/admin/subscribers.csv';

/** "12 people get the Sunday email": the confirmed ones only; an address waiting to confirm is nowhere. */
export function subscriberCountSentence(total: number): string {
  if (total === 0) return 'Nobody gets the Sunday email yet.';
  return `${total === 1 ? '1 person gets' : `${total.toLocaleString('en-GB')} people get`} the Sunday email.`;
}
