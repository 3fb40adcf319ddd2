/** Milestones to celebrate, and marking them seen; the shapes are the contract's, imported as types only. */
import type { Milestones } from '../../contract/milestones.ts';
import { get, post } from './client.ts';

export const milestonesApi = {
  toCelebrate: (today: string) => get<Milestones>(`/api/milestones?today=${encodeURIComponent(today)}`),
  /** Idempotent by nature: a milestone is named by its key, so a retry stores nothing twice. */
  markSeen: (keys: readonly string[], today: string) =>
    post<{ seen: string[] }>('/api/milestones/seen', { keys, today }),
};
