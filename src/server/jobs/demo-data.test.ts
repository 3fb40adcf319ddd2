import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, expect, it } from 'vitest';
import { loadConfig } from '../config.ts';
import { type RunningServer, startServer } from '../server.ts';
import { DEMO_CASELOAD } from '../services/demo-caseload.ts';
import { isDemoDataOwed } from '../services/demo-data.ts';
import { MEMBER_REMINDERS } from './member-reminders.ts';

/**
 * A first start that stops while the demo histories are being made: the next start makes them again
 * from the beginning, with nothing doubled, and the demo accounts sign in only once they are complete.
 */
const dataDir = await mkdtemp(path.join(tmpdir(), 'backstrong-demo-data-'));
const now = new Date('2026-11-25T10:00:00Z');
const config = loadConfig({ DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn' });
const start = () => startServer(config, { clock: () => now });
let server: RunningServer | undefined;
afterAll(async () => {
  await server?.stop();
  await rm(dataDir, { recursive: true, force: true });
});

const signIn = (running: RunningServer, email: string) =>
  running.app.inject({
    method: 'POST',
    url: '/api/auth/sign-in/email',
    payload: { email, password: 'backstrong-demo' },
  });

it('finishes after a stop halfway, once and whole, and keeps the demo accounts closed until then', async () => {
  server = await start();
  const { db } = server.database;
  // Stopped once some of the history is stored.
  for (let tries = 0; tries < 600; tries++) {
    const stored = await db.selectFrom('workouts').select('id').limit(1).execute();
    if (stored.length > 0) break;
    await sleep(25);
  }
  expect((await signIn(server, 'member@backstrong.example')).statusCode).toBe(409);
  await server.stop();
  server = undefined;

  server = await start();
  expect(await isDemoDataOwed(server.database.db)).toBe(true);
  await server.demoData;
  const again = server.database.db;
  expect(await isDemoDataOwed(again)).toBe(false);
  const emails = (await again.selectFrom('users').select('email').execute()).map((user) => user.email);
  for (const email of ['member@backstrong.example', ...DEMO_CASELOAD.map((person) => person.email)]) {
    expect(emails.filter((each) => each === email)).toHaveLength(1);
  }
  // One history, not a cut-short one beside a whole one: one workout a day, starting six months back.
  const workouts = await again
    .selectFrom('workouts')
    .innerJoin('users', 'users.id', 'workouts.user_id')
    .select(['workouts.date'])
    .where('users.email', '=', 'member@backstrong.example')
    .orderBy('workouts.date')
    .execute();
  expect(new Set(workouts.map((workout) => workout.date)).size).toBe(workouts.length);
  expect(workouts[0]?.date).toBe('2026-05-27');
  expect(workouts.length).toBeGreaterThan(40);
  const coachRows = await again.selectFrom('coach_assignments').select('member_id').execute();
  expect(coachRows).toHaveLength(1 + DEMO_CASELOAD.length);
  expect((await signIn(server, 'member@backstrong.example')).statusCode).toBe(200);
  expect((await signIn(server, 'coach@backstrong.example')).statusCode).toBe(200);

  // The demo member's reminders are scheduled once the history is there, not at the next daily sweep.
  const member = await again
    .selectFrom('users')
    .select('id')
    .where('email', '=', 'member@backstrong.example')
    .executeTakeFirstOrThrow();
  const boss = server.jobs?.boss;
  if (!boss) throw new Error('the server runs its jobs');
  let waiting = 0;
  for (let tries = 0; tries < 200 && waiting === 0; tries++) {
    waiting = (await boss.findJobs(MEMBER_REMINDERS, { key: member.id, queued: true })).length;
    if (waiting === 0) await sleep(100);
  }
  expect(waiting).toBe(1);
}, 240_000);
