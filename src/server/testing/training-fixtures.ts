import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { noRedFlags } from '../../core/red-flags/index.ts';

/** An assessment of a member who starts on the upright movements, with overrides. */
export function assessmentOf(overrides: Record<string, unknown> = {}) {
  return {
    age: 52,
    painNow: 3,
    painWorstLastWeek: 5,
    surgery: null,
    chairStands: 12,
    equipment: { bands: ['light', 'medium', 'heavy'], dumbbellsKg: [], kettlebellsKg: [], cableKg: [] },
    comfortableRange: { squat: 'halfway', hinge: 'halfway' },
    daysPerWeek: 3,
    weightUnit: 'kg',
    redFlags: noRedFlags(),
    ...overrides,
  };
}

export async function startPlanFor(
  app: FastifyInstance,
  cookie: string,
  today: string,
  overrides: Record<string, unknown> = {},
) {
  const response = await app.inject({
    method: 'POST',
    url: '/api/plan',
    headers: { cookie },
    payload: { id: randomUUID(), today, assessment: assessmentOf(overrides) },
  });
  if (response.statusCode !== 201)
    throw new Error(`plan start failed: ${response.statusCode} ${response.body}`);
  return response.json();
}

/** A set the camera counted, logged in place of the workout's first set. */
export interface CameraCount {
  reps: number;
  goodReps: number;
}

/**
 * Starts the day's workout, logs every prescribed set (10 reps at the given pain, or the camera's count
 * for the first set when given), finishes it.
 */
export async function doWorkoutFor(
  app: FastifyInstance,
  cookie: string,
  date: string,
  pain = 1,
  firstSetByCamera?: CameraCount,
) {
  const workoutId = randomUUID();
  const started = await app.inject({
    method: 'POST',
    url: '/api/workouts',
    headers: { cookie },
    payload: { id: workoutId, date, painBefore: 2 },
  });
  if (started.statusCode !== 201)
    throw new Error(`workout start failed: ${started.statusCode} ${started.body}`);
  const sets: { id: string; [field: string]: unknown }[] = [];
  for (const item of started.json().prescription) {
    for (let index = 0; index < item.sets; index++) {
      const id = randomUUID();
      const byCamera = sets.length === 0 ? firstSetByCamera : undefined;
      const set = {
        exerciseId: item.exerciseId,
        reps: 10,
        level: item.level,
        load: item.load,
        pain,
        faults: [],
        ...(byCamera && { ...byCamera, measuredBy: 'camera' }),
      };
      const logged = await app.inject({
        method: 'PUT',
        url: `/api/workouts/${workoutId}/sets/${id}`,
        headers: { cookie },
        payload: set,
      });
      if (logged.statusCode !== 201) throw new Error(`set failed: ${logged.statusCode} ${logged.body}`);
      // The answer adds what the in-workout pain rule makes of the set to the set as stored.
      const { whatNext, ...stored } = logged.json();
      sets.push(stored);
      if (whatNext.kind === 'stop-exercise') break; // a member who heeds the rule skips the rest of it
    }
  }
  const finished = await app.inject({
    method: 'POST',
    url: `/api/workouts/${workoutId}/finish`,
    headers: { cookie },
    payload: { effort: 'hard-good-form' },
  });
  if (finished.statusCode !== 200) throw new Error(`finish failed: ${finished.statusCode} ${finished.body}`);
  return { workoutId, sets };
}
