import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { noRedFlags } from '../../core/red-flags/index.ts';
import { doWorkoutFor, startPlanFor } from './training-fixtures.ts';

/**
 * A member who has used every part of the app, 2–9 March 2026: the safety questions, the assessment (with
 * its baseline pain and chair stands), every instrument (with a double tick and a chair-stand sex), the
 * hip questionnaire skipped once on the first-week day it came up and taken the next, two workouts (the
 * second's first set counted by the camera), a check-in and a snooze.
 * `setNow` moves the test server's clock, so each write happens at its own moment.
 */
export async function recordEverything(
  app: FastifyInstance,
  cookie: string,
  setNow: (moment: string) => void,
) {
  const send = async (url: string, payload: object) => {
    const response = await app.inject({ method: 'POST', url, headers: { cookie }, payload });
    if (response.statusCode !== 201)
      throw new Error(`${url} failed: ${response.statusCode} ${response.body}`);
    return response.json();
  };
  const measure = (instrumentId: string, answers: object, takenOn = '2026-03-02') =>
    send('/api/measures', { id: randomUUID(), instrumentId, takenOn, answers });
  setNow('2026-03-02T08:00:00Z');
  await send('/api/red-flag-screens', { id: randomUUID(), answers: noRedFlags(), context: 'onboarding' });
  await startPlanFor(app, cookie, '2026-03-02');
  await measure('oswestry', { 'pain-intensity': 3, lifting: [2, 4], walking: 2 });
  await measure('pain', { now: 6, 'week-average': 5 });
  await measure('start-back', { 'leg-pain': 1, 'worrying-thoughts': 1, bothersome: 3 });
  await measure('chair-stand', { stands: 9, age: 62, sex: 'female' });
  setNow('2026-03-02T18:00:00Z');
  const sets = [...(await doWorkoutFor(app, cookie, '2026-03-02')).sets];
  setNow('2026-03-03T07:30:00Z');
  await send('/api/check-ins', { id: randomUUID(), workoutOn: '2026-03-02', pain: 2 });
  await send('/api/measures/skips', { id: randomUUID(), instrumentId: 'hoos-12' });
  setNow('2026-03-04T08:00:00Z');
  const hips = { 'pain-stairs': 2, 'pain-walking-flat': [1, 2], standing: 1, 'car-in-out': 3 };
  await measure('hoos-12', hips, '2026-03-04');
  setNow('2026-03-04T18:00:00Z');
  sets.push(...(await doWorkoutFor(app, cookie, '2026-03-04', 2, { reps: 10, goodReps: 9 })).sets);
  setNow('2026-03-09T08:00:00Z');
  await send('/api/measures/snoozes', { id: randomUUID(), instrumentId: 'pain', days: 1 });
  return { sets };
}
