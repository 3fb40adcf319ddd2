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

export async function startProgramFor(
  app: FastifyInstance,
  cookie: string,
  today: string,
  overrides: Record<string, unknown> = {},
) {
  const response = await app.inject({
    method: 'POST',
    url: '/api/program',
    headers: { cookie },
    payload: { id: randomUUID(), today, assessment: assessmentOf(overrides) },
  });
  if (response.statusCode !== 201)
    throw new Error(`program start failed: ${response.statusCode} ${response.body}`);
  return response.json();
}
