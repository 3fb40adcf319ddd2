/**
 * Every write that must not be lost (a workout started, a set, a finish, a check-in, a safety screen) goes
 * through the outbox. It is kept on the device first, then sent, strictly in order, one at a time. Each
 * write carries the id the app made for it, so when an answer is lost on the way back and the write is
 * sent again, the server answers with the first result instead of storing it twice.
 *
 * A write that fails for want of a connection (or a server hiccup, or a signed-out login session) waits
 * and goes again later; one the server refuses outright (it is wrong, not early) is set aside with the
 * server's sentence, so the member can read why and the writes behind it are not held up.
 */
import { ApiProblem } from '../api/client.ts';
import type { KeyValueStorage, Stored } from './stored.ts';
import { stored } from './stored.ts';

export interface OutboxEntry {
  /** The client-made id that makes the write safe to send twice. */
  id: string;
  method: 'POST' | 'PUT';
  path: string;
  body: unknown;
  /** What the member sees in the list of things waiting: "Squat, set 2". */
  label: string;
  /** What the entry belongs to (a workout's id), to ask what is still waiting for it. */
  about: string;
  queuedAt: string;
}

export interface RefusedEntry extends OutboxEntry {
  /** The server's sentence. */
  reason: string;
}

export interface OutboxSnapshot {
  waiting: readonly OutboxEntry[];
  refused: readonly RefusedEntry[];
  isSending: boolean;
  /** Why the last attempt stopped (no connection, signed out), until something gets through. */
  heldBecause: ApiProblem | null;
}

export type Delivery<T> = { isSent: true; answer: T } | { isSent: false };

export interface Outbox {
  snapshot(): OutboxSnapshot;
  subscribe(listener: () => void): () => void;
  /**
   * Keeps the write, then sends everything waiting. Resolves with the server's answer if this write got
   * through now, or `{ isSent: false }` if it waits for later; rejects with the server's problem if the
   * server refused it (the caller shows it, so it is not kept in the refused list).
   */
  submit<T>(entry: Omit<OutboxEntry, 'queuedAt'>): Promise<Delivery<T>>;
  /**
   * Keeps the write and starts sending without waiting for it: for writes the member need not wait on
   * (a set). Should the server refuse it, it is listed with the reason for the member to read.
   */
  enqueue(entry: Omit<OutboxEntry, 'queuedAt'>): void;
  /** Sends what is waiting, in order, until done or held up. */
  flush(): Promise<void>;
  /** The member has read why a write was refused. */
  dismiss(id: string): void;
  isWaiting(id: string): boolean;
}

interface Saved {
  waiting: OutboxEntry[];
  refused: RefusedEntry[];
}

export interface OutboxDeps {
  storage: KeyValueStorage;
  key: string;
  send(entry: OutboxEntry): Promise<unknown>;
  /** Runs `drain` while no other tab of this site drains the same outbox. */
  exclusive?(drain: () => Promise<void>): Promise<void>;
  now?(): Date;
}

/** Problems that may go away by themselves: try again later rather than give up. */
export function isWorthRetrying(problem: ApiProblem): boolean {
  return problem.status === 0 || problem.status >= 500 || [401, 403, 408, 425, 429].includes(problem.status);
}

function asProblem(error: unknown): ApiProblem {
  return error instanceof ApiProblem
    ? error
    : new ApiProblem(0, 'Something went wrong', 'Something went wrong. We will try again.');
}

type Outcome = { kind: 'sent'; answer: unknown } | { kind: 'refused'; problem: ApiProblem };

export function createOutbox(deps: OutboxDeps): Outbox {
  const saved: Stored<Saved> = stored<Saved>(deps.storage, deps.key, { waiting: [], refused: [] });
  const exclusive = deps.exclusive ?? ((drain) => drain());
  const now = deps.now ?? (() => new Date());
  const awaited = new Map<string, Outcome | undefined>();
  const listeners = new Set<() => void>();
  let isSending = false;
  let heldBecause: ApiProblem | null = null;
  let running: Promise<void> | undefined;
  let isRequested = false;
  let snapshot: OutboxSnapshot | undefined;

  const notify = () => {
    snapshot = undefined;
    for (const listener of listeners) listener();
  };
  saved.subscribe(notify);

  function update(change: (current: Saved) => Saved) {
    saved.set((current) => change({ waiting: current.waiting ?? [], refused: current.refused ?? [] }));
  }

  function keep(entry: Omit<OutboxEntry, 'queuedAt'>) {
    update((current) =>
      current.waiting.some((waiting) => waiting.id === entry.id)
        ? current
        : { ...current, waiting: [...current.waiting, { ...entry, queuedAt: now().toISOString() }] },
    );
  }

  async function drain(): Promise<void> {
    for (;;) {
      saved.reload();
      const head = saved.get().waiting?.[0];
      if (!head) return;
      try {
        const answer = await deps.send(head);
        heldBecause = null;
        update((current) => ({
          ...current,
          waiting: current.waiting.filter((entry) => entry.id !== head.id),
        }));
        if (awaited.has(head.id)) awaited.set(head.id, { kind: 'sent', answer });
      } catch (error) {
        const problem = asProblem(error);
        if (isWorthRetrying(problem)) {
          heldBecause = problem;
          notify();
          return;
        }
        update((current) => ({
          waiting: current.waiting.filter((entry) => entry.id !== head.id),
          refused: [...current.refused, { ...head, reason: problem.detail }],
        }));
        if (awaited.has(head.id)) awaited.set(head.id, { kind: 'refused', problem });
      }
    }
  }

  function flush(): Promise<void> {
    isRequested = true;
    running ??= (async () => {
      isSending = true;
      notify();
      try {
        while (isRequested) {
          isRequested = false;
          await exclusive(drain);
        }
      } finally {
        isSending = false;
        running = undefined;
        notify();
      }
    })();
    return running;
  }

  return {
    snapshot() {
      snapshot ??= {
        waiting: saved.get().waiting ?? [],
        refused: saved.get().refused ?? [],
        isSending,
        heldBecause,
      };
      return snapshot;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    enqueue(entry) {
      keep(entry);
      void flush();
    },
    async submit<T>(entry: Omit<OutboxEntry, 'queuedAt'>): Promise<Delivery<T>> {
      awaited.set(entry.id, undefined);
      keep(entry);
      try {
        await flush();
        const outcome = awaited.get(entry.id);
        if (outcome?.kind === 'sent') return { isSent: true, answer: outcome.answer as T };
        if (outcome?.kind === 'refused') {
          update((current) => ({
            ...current,
            refused: current.refused.filter((item) => item.id !== entry.id),
          }));
          throw outcome.problem;
        }
        return { isSent: false };
      } finally {
        awaited.delete(entry.id);
      }
    },
    flush,
    dismiss(id) {
      update((current) => ({ ...current, refused: current.refused.filter((entry) => entry.id !== id) }));
    },
    isWaiting(id) {
      return (saved.get().waiting ?? []).some((entry) => entry.id === id);
    },
  };
}
