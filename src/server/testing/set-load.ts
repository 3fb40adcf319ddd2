import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { expect } from 'vitest';
import type { Database } from '../db/schema.ts';
import type { Cluster } from './cluster.ts';
import type { TrainingMember } from './http-member.ts';

/**
 * Members logging sets through the proxy, each set under a new id sent again (the same id) until it is
 * acknowledged, as the app's offline queue does; `during` runs meanwhile.
 */
export async function setsUnderLoad(
  cluster: Pick<Cluster, 'request'>,
  db: Kysely<Database>,
  loggers: TrainingMember[],
  seconds: number,
  during: () => Promise<void>,
) {
  const sent = new Set<string>();
  const acknowledged = new Set<string>();
  let failedAnswers = 0;
  let gaveUp = 0;
  let isRunning = true;
  const logger = async (member: TrainingMember) => {
    while (isRunning) {
      const id = randomUUID();
      sent.add(id);
      let isAcknowledged = false;
      for (let attempt = 0; attempt < 20 && !isAcknowledged; attempt++) {
        const answer = await cluster
          .request('PUT', `/api/workouts/${member.workoutId}/sets/${id}`, {
            body: member.set,
            cookie: member.cookie,
          })
          .catch(() => undefined);
        if (answer && answer.status >= 200 && answer.status < 300) isAcknowledged = true;
        else {
          failedAnswers++;
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
      }
      if (isAcknowledged) acknowledged.add(id);
      else gaveUp++;
    }
  };
  const running = loggers.map(logger);
  await during();
  await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
  isRunning = false;
  await Promise.all(running);

  const workoutIds = loggers.map((member) => member.workoutId);
  const stored = await db
    .selectFrom('set_logs')
    .select(['id'])
    .where('workout_id', 'in', workoutIds)
    .execute();
  const storedIds = new Set(stored.map((row) => row.id));
  const counts = {
    sent: sent.size,
    acknowledged: acknowledged.size,
    stored: stored.length,
    acknowledgedAndStored: [...acknowledged].filter((id) => storedIds.has(id)).length,
    duplicated: stored.length - storedIds.size,
    storedNeverSent: [...storedIds].filter((id) => !sent.has(id)).length,
    failedAnswers,
    gaveUp,
  };
  return counts;
}

/** What a kill under load must leave: every acknowledged set stored, none twice, none given up on. */
export function expectNothingLostOrDoubled(counts: Awaited<ReturnType<typeof setsUnderLoad>>, least: number) {
  expect(counts.acknowledged).toBeGreaterThan(least);
  expect(counts.acknowledgedAndStored).toBe(counts.acknowledged);
  expect(counts.duplicated).toBe(0);
  expect(counts.storedNeverSent).toBe(0);
  expect(counts.gaveUp).toBe(0);
}
