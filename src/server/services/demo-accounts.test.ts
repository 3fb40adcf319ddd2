import { afterAll, beforeAll, expect, it } from 'vitest';
import { createAuth } from '../auth/auth.ts';
import { NO_OUTGOING_MAIL } from '../mail/outgoing-mail.ts';
import { startTestServer, type TestServer } from '../testing/test-server.ts';
import { coachCaseload } from './caseload.ts';
import { DEMO_ACCOUNTS, seedDemoAccounts } from './demo-accounts.ts';
import { DEMO_CASELOAD } from './demo-caseload.ts';
import { completeDemoData } from './demo-data.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

it('creates the demo accounts with their roles once, and never brings a deleted one back', async () => {
  const auth = createAuth({
    db: server.database.db,
    publicUrl: 'http://localhost:3000',
    secret: 'test-secret-that-is-long-enough-0123456789',
    mail: NO_OUTGOING_MAIL,
    clock: () => new Date(),
  });
  expect(await seedDemoAccounts(server.database.db, auth)).toBe(true);
  const users = await server.database.db
    .selectFrom('users')
    .select(['email', 'role', 'health_consent_version'])
    .orderBy('email')
    .execute();
  expect(users.map((user) => [user.email, user.role])).toEqual(
    DEMO_ACCOUNTS.map((account) => [account.email, account.role]).sort(),
  );

  for (const account of DEMO_ACCOUNTS) {
    const signIn = await server.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in/email',
      payload: { email: account.email, password: account.password },
    });
    expect(signIn.json().user.role).toBe(account.role);
  }

  expect(await server.database.db.selectFrom('workouts').select('id').execute()).toEqual([]);
  await server.database.db.deleteFrom('users').where('email', '=', 'coach@backstrong.example').execute();
  expect(await seedDemoAccounts(server.database.db, auth)).toBe(false);
  expect(await server.database.db.selectFrom('users').select('email').execute()).toHaveLength(2);
});

it('gives the demo member six months of generated history up to now, and the demo coach a caseload of four with their stories', async () => {
  const other = await startTestServer();
  try {
    const auth = createAuth({
      db: other.database.db,
      publicUrl: 'http://localhost:3000',
      secret: 'test-secret-that-is-long-enough-0123456789',
      mail: NO_OUTGOING_MAIL,
      clock: () => new Date(),
    });
    const now = new Date('2026-11-25T10:00:00Z');
    let elapsedMs = 0;
    const history = {
      disability: 'oswestry' as const,
      now,
      onGenerated: (_: unknown, ms: number) => (elapsedMs = ms),
    };
    await seedDemoAccounts(other.database.db, auth, { history });
    // Owed, not made yet: the demo accounts wait with a plain word rather than show half a history.
    const early = await other.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in/email',
      payload: { email: 'coach@backstrong.example', password: 'backstrong-demo' },
    });
    expect(early.statusCode).toBe(409);
    expect(early.json().type).toContain('demo-data-being-made');
    expect(await completeDemoData({ db: other.database.db, auth }, { history })).toBe(true);
    expect(await completeDemoData({ db: other.database.db, auth }, { history })).toBe(false);
    const owners = await other.database.db
      .selectFrom('workouts')
      .innerJoin('users', 'users.id', 'workouts.user_id')
      .select(['users.email', 'workouts.date'])
      .where('users.email', '=', 'member@backstrong.example')
      .orderBy('workouts.date')
      .execute();
    expect(owners[0]?.date).toBe('2026-05-27');
    expect(owners.at(-1)?.date.localeCompare('2026-11-18')).toBeGreaterThanOrEqual(0);
    expect(elapsedMs).toBeGreaterThan(0);
    const signIn = await other.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in/email',
      payload: { email: 'member@backstrong.example', password: 'backstrong-demo' },
    });
    const cookie = String(signIn.headers['set-cookie']).split(';')[0] ?? '';
    const measures = await other.app.inject({
      method: 'GET',
      url: '/api/measures?today=2026-11-25',
      headers: { cookie },
    });
    expect(measures.json().instruments[0]).toMatchObject({
      instrumentId: 'oswestry',
      change: { verdict: 'improved' },
    });

    const { db } = other.database;
    const coach = await db
      .selectFrom('users')
      .select('id')
      .where('email', '=', 'coach@backstrong.example')
      .executeTakeFirstOrThrow();
    const caseload = await coachCaseload(db, { id: coach.id, role: 'coach' }, now, {
      filter: 'all',
      phase: null,
      search: null,
    });
    expect(caseload.members.map((row) => row.name).sort()).toEqual(
      ['Dana Member', ...DEMO_CASELOAD.map((person) => person.name)].sort(),
    );
    expect(caseload.members.every((row) => row.summary !== null)).toBe(true);
    const byName = new Map(caseload.members.map((row) => [row.name, row.summary]));
    expect(byName.get('Morgan Quiet')?.daysWithoutWorkout).toBeGreaterThanOrEqual(14);
    expect(byName.get('Morgan Quiet')?.attention).toContain('no-recent-workout');
    expect(byName.get('Priya Spike')?.worstPainThisWeek).toBeGreaterThanOrEqual(7);
    expect(byName.get('Jordan Steady')?.lastWorkoutOn?.localeCompare('2026-11-18')).toBeGreaterThanOrEqual(0);
    // The set at 7/10 is a real set in the last week, where the alert job looks for it.
    const painfulSets = await db
      .selectFrom('set_logs')
      .innerJoin('workouts', 'workouts.id', 'set_logs.workout_id')
      .innerJoin('users', 'users.id', 'set_logs.user_id')
      .select(['workouts.date', 'set_logs.pain'])
      .where('users.email', '=', 'priya@backstrong.example')
      .where('set_logs.pain', '>=', 7)
      .where('workouts.date', '>=', '2026-11-18')
      .execute();
    expect(painfulSets).toEqual([{ date: '2026-11-24', pain: 7 }]);
    // The first start shows the alerts the job would have raised: a critical one for the spike, the stall.
    expect(byName.get('Priya Spike')?.openAlerts.mostSevere).toBe('critical');
    const alerts = await db
      .selectFrom('coach_alerts')
      .innerJoin('users', 'users.id', 'coach_alerts.member_id')
      .select(['users.name', 'coach_alerts.severity'])
      .execute();
    expect(alerts).toContainEqual({ name: 'Priya Spike', severity: 'critical' });
    expect(alerts).toContainEqual({ name: 'Morgan Quiet', severity: 'stalled' });
    // Doing well is doing well: nothing urgent about Jordan, who needs no attention.
    expect(alerts.filter((alert) => alert.name === 'Jordan Steady')).toEqual([]);
    expect(byName.get('Jordan Steady')?.attention).toEqual([]);
  } finally {
    await other.close();
  }
}, 120_000);
