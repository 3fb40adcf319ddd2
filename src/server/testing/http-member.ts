import { randomUUID } from 'node:crypto';
import { HEALTH_DATA_CONSENT } from '../../core/consent.ts';
import { noRedFlags } from '../../core/red-flags/index.ts';
import { confirmSignUpOverHttp } from './outbox.ts';

/**
 * A member made over real HTTP, for benchmarks and tests that drive a server in another process: signed
 * up and confirmed through the mailed link, a plan started, and a workout under way, with the set they
 * would log next.
 */
export interface TrainingMember {
  cookie: string;
  workoutId: string;
  set: { exerciseId: string; reps: number; level: number; load: unknown; pain: number; faults: string[] };
}

/** A JSON request that must succeed; a refusal throws with its status and body. */
export async function callApi(
  base: string,
  method: string,
  url: string,
  body?: unknown,
  cookie = '',
): Promise<Response> {
  const response = await fetch(`${base}${url}`, {
    method,
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${url}: ${response.status} ${await response.text()}`);
  return response;
}

export async function memberWithWorkoutUnderWay(
  base: string,
  outboxDir: string,
  email: string,
): Promise<TrainingMember> {
  await callApi(base, 'POST', '/api/auth/sign-up/email', {
    email,
    password: 'a long enough password',
    name: 'Training Member',
    healthConsentVersion: HEALTH_DATA_CONSENT.version,
  });
  const cookie = await confirmSignUpOverHttp(base, outboxDir, email);
  const today = new Date().toISOString().slice(0, 10);
  const assessment = {
    age: 50,
    painNow: 2,
    painWorstLastWeek: 4,
    surgery: null,
    chairStands: 12,
    equipment: { bands: ['light'], dumbbellsKg: [], kettlebellsKg: [], cableKg: [] },
    comfortableRange: { squat: 'halfway', hinge: 'halfway' },
    daysPerWeek: 3,
    weightUnit: 'kg',
    redFlags: noRedFlags(),
  };
  await callApi(base, 'POST', '/api/plan', { id: randomUUID(), today, assessment }, cookie);
  const workoutId = randomUUID();
  const started = await callApi(
    base,
    'POST',
    '/api/workouts',
    { id: workoutId, date: today, painBefore: 2 },
    cookie,
  );
  const first = (await started.json()).prescription[0];
  return {
    cookie,
    workoutId,
    set: {
      exerciseId: first.exerciseId,
      reps: 10,
      level: first.level,
      load: first.load,
      pain: 1,
      faults: [],
    },
  };
}
