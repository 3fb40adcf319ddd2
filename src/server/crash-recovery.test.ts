import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outboxDirectory } from './mail/mailer.ts';
import { callApi, memberWithWorkoutUnderWay, type TrainingMember } from './testing/http-member.ts';
import {
  childExited,
  freshServerDatabase,
  type ServerDatabase,
  startServerChild,
} from './testing/server-child.ts';

/**
 * The server killed with SIGKILL while members are logging sets, then started again on the same data:
 * every set it acknowledged is still there, and the phones' retries (same ids) store nothing twice. Runs
 * on the embedded database, or on the PostgreSQL server named by DATABASE_URL.
 */
const MEMBERS = 6;
const ACKS_BEFORE_KILL = 120;

interface Member extends TrainingMember {
  acknowledged: Set<string>;
  sent: Set<string>;
}

let dataDir: string;
let database: ServerDatabase;

async function prepareMember(base: string, index: number): Promise<Member> {
  const member = await memberWithWorkoutUnderWay(base, outboxDirectory(dataDir), `crash${index}@example.org`);
  return { ...member, acknowledged: new Set(), sent: new Set() };
}

async function logSet(base: string, member: Member, setId: string): Promise<number> {
  const response = await fetch(`${base}/api/workouts/${member.workoutId}/sets/${setId}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json', cookie: member.cookie },
    body: JSON.stringify(member.set),
  });
  await response.arrayBuffer();
  return response.status;
}

/** Each member logs sets one after another, as fast as the server answers, until the server is gone. */
async function logUntilKilled(base: string, member: Member, onAck: () => void): Promise<void> {
  for (;;) {
    const setId = randomUUID();
    member.sent.add(setId);
    try {
      const status = await logSet(base, member, setId);
      if (status !== 201) throw new Error(`set answered ${status}`);
      member.acknowledged.add(setId);
      onAck();
    } catch (error) {
      if (error instanceof TypeError) return; // the connection died with the server
      throw error;
    }
  }
}

async function storedSetIds(base: string, member: Member): Promise<string[]> {
  const workout = await (
    await callApi(base, 'GET', `/api/workouts/${member.workoutId}`, undefined, member.cookie)
  ).json();
  return workout.sets.map((set: { id: string }) => set.id);
}

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'backstrong-crash-'));
  database = await freshServerDatabase('crash');
});

afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
  await database.drop();
});

describe('a server killed mid-write', () => {
  it('keeps every acknowledged set, and retries with the same ids store nothing twice', async () => {
    const first = await startServerChild({ dataDir, databaseUrl: database.url });
    const members: Member[] = [];
    for (let index = 0; index < MEMBERS; index++) members.push(await prepareMember(first.base, index));

    let acks = 0;
    let killed = false;
    const loggers = members.map((member) =>
      logUntilKilled(first.base, member, () => {
        acks++;
        if (acks >= ACKS_BEFORE_KILL && !killed) {
          killed = true;
          first.child.kill('SIGKILL');
        }
      }),
    );
    await Promise.all(loggers);
    await childExited(first.child);
    expect(first.child.signalCode).toBe('SIGKILL');

    const second = await startServerChild({ dataDir, databaseUrl: database.url });
    try {
      let acknowledged = 0;
      let sent = 0;
      for (const member of members) {
        const stored = new Set(await storedSetIds(second.base, member));
        for (const id of member.acknowledged)
          expect(stored.has(id), `acknowledged set ${id} is stored`).toBe(true);
        acknowledged += member.acknowledged.size;
        sent += member.sent.size;
        // The phone sends again whatever had no answer, with the same ids: stored once, whatever happened.
        for (const id of member.sent) {
          if (member.acknowledged.has(id)) continue;
          expect([200, 201]).toContain(await logSet(second.base, member, id));
        }
        for (const id of member.acknowledged) expect(await logSet(second.base, member, id)).toBe(200);
        const after = await storedSetIds(second.base, member);
        expect(new Set(after).size).toBe(after.length);
        expect(after.length).toBe(member.sent.size);
      }
      console.log(
        `crash recovery (${database.url ? 'PostgreSQL' : 'PGlite'}): ${sent} sets sent, ${acknowledged} acknowledged before SIGKILL, all ${acknowledged} stored; ${sent - acknowledged} unanswered retried, 0 duplicates`,
      );
    } finally {
      second.child.kill('SIGTERM');
      await childExited(second.child);
    }
  }, 120_000);
});
