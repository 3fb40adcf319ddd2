/**
 * What the phone keeps for the signed-in member: the outbox of writes still to send, the workout under
 * way, finished workouts until the server has them, and the check-ins answered here. Each is kept under
 * the member's id, so a second person signing in on the same phone never sends or sees the first one's.
 */
import { useSyncExternalStore } from 'react';
import type { Effort } from '../../contract/plan.ts';
import { request } from '../api/client.ts';
import { useProfile } from '../login-session.tsx';
import type { LocalWorkout } from '../workout/local-workout.ts';
import { createOutbox, type Outbox, type OutboxSnapshot } from './outbox.ts';
import { onDevice, type Stored } from './stored.ts';

export interface FinishedWorkout {
  workout: LocalWorkout;
  /** Null when pain ended the workout: the finish question was not asked. */
  effort: Effort | null;
  newSymptoms: boolean;
  finishedAt: string;
}

export interface AnsweredCheckIn {
  id: string;
  workoutOn: string;
  pain: number;
  /** The member's day when they answered. */
  answeredOn: string;
  /** What the engine decided, once the server has answered. */
  sentences?: string[];
}

export interface CheckInMemory {
  /** Check-ins answered on this phone (sent or still waiting), newest last. */
  answered: AnsweredCheckIn[];
  /** The day the member said "not now" to the check-in: it then waits as a reminder. */
  snoozedOn: string | null;
}

export interface MemberData {
  userId: string;
  outbox: Outbox;
  workout: Stored<LocalWorkout | null>;
  finished: Stored<FinishedWorkout[]>;
  checkIns: Stored<CheckInMemory>;
  /** The member's weight unit as last heard from the server, for screens that do not load the plan. */
  weightUnit: Stored<'kg' | 'lb'>;
}

const RETRY_EVERY_MS = 20_000;
const byMember = new Map<string, MemberData>();

function keepSending(outbox: Outbox): void {
  const flushIfWaiting = () => {
    if (outbox.snapshot().waiting.length > 0) void outbox.flush();
  };
  window.addEventListener('online', flushIfWaiting);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') flushIfWaiting();
  });
  window.setInterval(flushIfWaiting, RETRY_EVERY_MS);
  flushIfWaiting();
}

export function memberData(userId: string): MemberData {
  const existing = byMember.get(userId);
  if (existing) return existing;
  const outboxKey = `outbox.${userId}`;
  const outbox = createOutbox({
    storage: window.localStorage,
    key: `backstrong.${outboxKey}`,
    send: (entry) => request(entry.method, entry.path, entry.body),
    exclusive: (drain) =>
      navigator.locks ? navigator.locks.request(`backstrong-${outboxKey}`, drain) : drain(),
  });
  const data: MemberData = {
    userId,
    outbox,
    workout: onDevice<LocalWorkout | null>(`workout.${userId}`, null),
    finished: onDevice<FinishedWorkout[]>(`finished.${userId}`, []),
    checkIns: onDevice<CheckInMemory>(`check-ins.${userId}`, { answered: [], snoozedOn: null }),
    weightUnit: onDevice<'kg' | 'lb'>(`weight-unit.${userId}`, 'kg'),
  };
  window.addEventListener('storage', (event) => {
    if (event.key === `backstrong.${outboxKey}`) void outbox.flush();
  });
  byMember.set(userId, data);
  keepSending(outbox);
  return data;
}

/** The signed-in member's data on this phone; only for screens behind RequireSignIn. */
export function useMemberData(): MemberData {
  const profile = useProfile();
  if (!profile) throw new Error('useMemberData needs someone signed in');
  return memberData(profile.id);
}

export function useStored<T>(store: Stored<T>): T {
  return useSyncExternalStore(store.subscribe, store.get);
}

export function useOutbox(outbox: Outbox): OutboxSnapshot {
  return useSyncExternalStore(outbox.subscribe, outbox.snapshot);
}
