import { describe, expect, it } from 'vitest';
import { ApiProblem } from '../api/client.ts';
import { createOutbox, type OutboxEntry } from './outbox.ts';
import { type KeyValueStorage, memoryStorage } from './stored.ts';

const NO_CONNECTION = new ApiProblem(0, 'No connection', 'We could not reach Backstrong.');

/** A server that stores each write once by its id, like the real one, and can drop its connection. */
function fakeServer() {
  const stored = new Map<string, unknown>();
  const received: string[] = [];
  let isOnline = true;
  let losesNextAnswer = false;
  const refuse = new Set<string>();
  return {
    stored,
    received,
    goOffline: () => {
      isOnline = false;
    },
    goOnline: () => {
      isOnline = true;
    },
    loseNextAnswer: () => {
      losesNextAnswer = true;
    },
    refuse: (id: string) => refuse.add(id),
    async send(entry: OutboxEntry): Promise<unknown> {
      if (!isOnline) throw NO_CONNECTION;
      received.push(entry.id);
      if (refuse.has(entry.id)) throw new ApiProblem(409, 'Conflict', `Refused ${entry.id}.`);
      if (!stored.has(entry.id)) stored.set(entry.id, entry.body);
      if (losesNextAnswer) {
        losesNextAnswer = false;
        throw NO_CONNECTION;
      }
      return { id: entry.id, stored: stored.size };
    },
  };
}

function entry(id: string): Omit<OutboxEntry, 'queuedAt'> {
  return { id, method: 'PUT', path: `/api/things/${id}`, body: { id }, label: `Thing ${id}`, about: 'w1' };
}

function outboxOn(storage: KeyValueStorage, server: ReturnType<typeof fakeServer>) {
  return createOutbox({ storage, key: 'outbox', send: (item) => server.send(item) });
}

describe('the outbox', () => {
  it('sends each write straight away, in order, and hands back the answer', async () => {
    const server = fakeServer();
    const outbox = outboxOn(memoryStorage(), server);
    const first = await outbox.submit(entry('a'));
    const second = await outbox.submit(entry('b'));
    expect(first).toEqual({ isSent: true, answer: { id: 'a', stored: 1 } });
    expect(second).toEqual({ isSent: true, answer: { id: 'b', stored: 2 } });
    expect(outbox.snapshot().waiting).toEqual([]);
  });

  it('keeps writes made offline across a reload and sends each exactly once, in order, when back online', async () => {
    const server = fakeServer();
    const storage = memoryStorage();
    await outboxOn(storage, server).submit(entry('a'));
    server.goOffline();
    const beforeReload = outboxOn(storage, server);
    expect(await beforeReload.submit(entry('b'))).toEqual({ isSent: false });
    expect(await beforeReload.submit(entry('c'))).toEqual({ isSent: false });
    expect(beforeReload.snapshot().heldBecause?.status).toBe(0);

    const afterReload = outboxOn(storage, server);
    expect(afterReload.snapshot().waiting.map((item) => item.id)).toEqual(['b', 'c']);
    await afterReload.flush();
    expect(afterReload.snapshot().waiting.map((item) => item.id)).toEqual(['b', 'c']);
    server.goOnline();
    await afterReload.flush();
    expect(afterReload.snapshot().waiting).toEqual([]);
    expect(afterReload.snapshot().heldBecause).toBeNull();
    expect([...server.stored.keys()]).toEqual(['a', 'b', 'c']);
  });

  it('sends a write again when its answer was lost, and the id keeps the server from storing it twice', async () => {
    const server = fakeServer();
    const outbox = outboxOn(memoryStorage(), server);
    server.loseNextAnswer();
    expect(await outbox.submit(entry('a'))).toEqual({ isSent: false });
    expect(outbox.isWaiting('a')).toBe(true);
    await outbox.flush();
    expect(server.received).toEqual(['a', 'a']);
    expect(server.stored.size).toBe(1);
    expect(outbox.isWaiting('a')).toBe(false);
  });

  it('sets a refused write aside with the server’s sentence and carries on with the ones behind it', async () => {
    const server = fakeServer();
    const outbox = outboxOn(memoryStorage(), server);
    server.goOffline();
    await outbox.submit(entry('a'));
    await outbox.submit(entry('b'));
    server.refuse('a');
    server.goOnline();
    await outbox.flush();
    expect(outbox.snapshot().refused.map((item) => [item.id, item.reason])).toEqual([['a', 'Refused a.']]);
    expect([...server.stored.keys()]).toEqual(['b']);
    outbox.dismiss('a');
    expect(outbox.snapshot().refused).toEqual([]);
  });

  it('rejects with the problem when the write being submitted is refused, keeping no copy of it', async () => {
    const server = fakeServer();
    server.refuse('a');
    const outbox = outboxOn(memoryStorage(), server);
    await expect(outbox.submit(entry('a'))).rejects.toMatchObject({ status: 409, detail: 'Refused a.' });
    expect(outbox.snapshot().refused).toEqual([]);
    expect(outbox.snapshot().waiting).toEqual([]);
  });

  it('sends a write submitted while another is on its way', async () => {
    const server = fakeServer();
    const outbox = outboxOn(memoryStorage(), server);
    const [first, second] = await Promise.all([outbox.submit(entry('a')), outbox.submit(entry('b'))]);
    expect(first.isSent && second.isSent).toBe(true);
    expect(server.received).toEqual(['a', 'b']);
  });
});
