import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { addDays } from '../src/core/engine/dates.ts';
import { insertAccount } from '../src/server/db/test-database.ts';
import { generateHistory } from '../src/server/services/demo-history/generate.ts';
import { giveCoach } from '../src/server/testing/coach-fixtures.ts';
import { signUp, startTestServer } from '../src/server/testing/test-server.ts';

/**
 * `npm run bench:caseload`: GET /api/coach/caseload for a coach with 200 members, each with six months
 * of generated history, on the embedded database (PGlite, in memory), through the whole app (login
 * session, access check, schemas) by Fastify's inject. Generating a history runs the engine day by day
 * (about five seconds each), so a few distinct members are generated and the rest are copies of them,
 * row for row under new ids: the same volume of data the caseload reads. The first load of the day makes
 * every member's kept training figures, so it is timed apart from the loads that follow.
 */
const MEMBERS = Number(process.env.BENCH_MEMBERS ?? 200);
const DISTINCT = Number(process.env.BENCH_DISTINCT_HISTORIES ?? 10);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 50);
const DAYS = 182;
const NOW = new Date('2026-03-09T20:00:00Z');

/** The tables that hold a member's history, and their columns that carry an id to keep apart per copy. */
const MEMBER_TABLES = [
  'assessments',
  'red_flag_screens',
  'plans',
  'workouts',
  'set_logs',
  'check_ins',
  'decisions',
  'measures',
  'measure_snoozes',
];
const ID_COLUMNS = new Set(['id', 'assessment_id', 'workout_id', 'source_id', 'clearance_id']);

const server = await startTestServer({ clock: () => NOW });
const { db } = server.database;

async function copyHistory(fromMemberId: string, toMemberId: string, copy: number): Promise<void> {
  for (const table of MEMBER_TABLES) {
    const columns = await sql<{ column_name: string }>`
      select column_name from information_schema.columns where table_name = ${table} order by ordinal_position`.execute(
      db,
    );
    const names = columns.rows.map((row) => row.column_name);
    const values = names.map((name) => {
      if (name === 'user_id') return sql`${toMemberId}`;
      if (ID_COLUMNS.has(name))
        return sql`case when ${sql.ref(name)} is null then null else ${sql.ref(name)} || ${`~${copy}`} end`;
      return sql.ref(name);
    });
    await sql`insert into ${sql.table(table)} (${sql.join(names.map((name) => sql.ref(name)))})
      select ${sql.join(values)} from ${sql.table(table)} where user_id = ${fromMemberId}`.execute(db);
  }
}

const buildStarted = performance.now();
const coach = await signUp(server.app, { email: 'bench-coach@example.org', name: 'Bench Coach' });
await db.updateTable('users').set({ role: 'coach' }).where('id', '=', coach.userId).execute();
const originals: string[] = [];
let sets = 0;
for (let index = 0; index < MEMBERS; index++) {
  const memberId = await insertAccount(db, { at: new Date(`${addDays('2026-03-09', -DAYS - 1)}T08:00:00Z`) });
  await db
    .updateTable('users')
    .set({ name: `Member ${String(index + 1).padStart(3, '0')}` })
    .where('id', '=', memberId)
    .execute();
  if (index < DISTINCT) {
    const summary = await generateHistory(db, {
      userId: memberId,
      until: NOW,
      days: DAYS,
      seed: 1000 + index,
      disability: 'oswestry',
    });
    sets += summary.sets;
    originals.push(memberId);
  } else {
    await copyHistory(originals[index % DISTINCT] as string, memberId, index);
  }
  await giveCoach(db, { memberId, coachId: coach.userId, at: NOW });
  // Some open alerts and unread messages, as a real caseload has.
  if (index % 7 === 0) {
    await db
      .insertInto('coach_alerts')
      .values({
        id: randomUUID(),
        member_id: memberId,
        cause: `bench:${index}`,
        kind: 'pain',
        severity: index % 14 === 0 ? 'critical' : 'low',
        reason: 'Pain 7 in a set',
        evidence: JSON.stringify({}),
        raised_at: NOW,
      })
      .execute();
    await db
      .insertInto('messages')
      .values({
        id: randomUUID(),
        member_id: memberId,
        coach_id: coach.userId,
        sender: 'member',
        body: 'How am I doing?',
        sent_at: NOW,
      })
      .execute();
  }
}
const counts = await sql<{ workouts: number; sets: number }>`
  select (select count(*)::int from workouts) as workouts, (select count(*)::int from set_logs) as sets`.execute(
  db,
);
const buildSeconds = (performance.now() - buildStarted) / 1000;
console.log(
  `Built ${MEMBERS} members (${DISTINCT} generated, ${sets} sets among them; ${counts.rows[0]?.workouts} workouts and ${counts.rows[0]?.sets} sets in all) in ${buildSeconds.toFixed(1)} s`,
);

const request = () =>
  server.app.inject({ method: 'GET', url: '/api/coach/caseload', headers: { cookie: coach.cookie } });
// The first load of the day makes every member's training figures (member_summaries); later loads read them.
const coldStarted = performance.now();
await request();
const coldMs = performance.now() - coldStarted;
for (let warm = 0; warm < 3; warm++) await request();
const timings: number[] = [];
for (let index = 0; index < REQUESTS; index++) {
  const started = performance.now();
  const response = await request();
  timings.push(performance.now() - started);
  if (response.statusCode !== 200 || response.json().members.length !== MEMBERS) {
    throw new Error(`caseload answered ${response.statusCode} with ${response.body.slice(0, 200)}`);
  }
}
timings.sort((a, b) => a - b);
const at = (share: number) =>
  timings[Math.min(timings.length - 1, Math.ceil(share * timings.length) - 1)] as number;
console.log(
  `GET /api/coach/caseload, ${MEMBERS} members: first load of the day ${coldMs.toFixed(0)} ms; then ${REQUESTS} requests: p50 ${at(0.5).toFixed(0)} ms   p95 ${at(0.95).toFixed(0)} ms   max ${(timings.at(-1) as number).toFixed(0)} ms`,
);
await server.close();
