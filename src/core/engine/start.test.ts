import { describe, expect, it } from 'vitest';
import { noRedFlags } from '../red-flags/questions.ts';
import { assessmentSchema } from './schemas.ts';
import { gentleStartReasons, startingPlan } from './start.ts';

const answers = {
  age: 62,
  painNow: 4,
  painWorstLastWeek: 6,
  surgery: { weeksAgo: 20 },
  chairStands: 9,
  equipment: { bands: ['light'] },
  comfortableRange: { squat: 'slight-bend', hinge: 'halfway' },
  redFlags: noRedFlags(),
};

describe('the assessment', () => {
  it('fills in three days a week, kilograms and no weights when the member leaves them out', () => {
    const assessment = assessmentSchema.parse(answers);
    expect(assessment.daysPerWeek).toBe(3);
    expect(assessment.weightUnit).toBe('kg');
    expect(assessment.equipment).toEqual({
      bands: ['light'],
      dumbbellsKg: [],
      kettlebellsKg: [],
      cableKg: [],
    });
  });

  it('refuses answers that cannot be true, saying which and why', () => {
    const result = assessmentSchema.safeParse({ ...answers, painWorstLastWeek: 2 });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({
      path: ['painWorstLastWeek'],
      message: 'the worst pain of the last week cannot be lower than your pain now',
    });
    expect(assessmentSchema.safeParse({ ...answers, painNow: 11 }).success).toBe(false);
    expect(assessmentSchema.safeParse({ ...answers, daysPerWeek: 5 }).success).toBe(false);
    expect(assessmentSchema.safeParse({ ...answers, redFlags: {} }).success).toBe(false);
  });
});

describe('the starting plan', () => {
  it('names every reason for a gentle start', () => {
    const assessment = assessmentSchema.parse({
      ...answers,
      surgery: { weeksAgo: 3 },
      chairStands: 0,
      painNow: 8,
      painWorstLastWeek: 9,
    });
    expect(gentleStartReasons(assessment)).toEqual([
      'your surgery was 3 weeks ago',
      'you cannot yet stand up from a chair without your arms',
      'your pain is 8/10 right now',
    ]);
  });

  it('gives each exercise its reason, and records the surgery date for the phase criteria', () => {
    const { plan, decisions, screen } = startingPlan(assessmentSchema.parse(answers), '2026-03-02');
    expect(screen.outcome).toBe('continue');
    expect(plan.surgeryOn).toBe('2025-10-13');
    expect(plan.exercises.map((state) => [state.exerciseId, state.level])).toEqual([
      ['glute-bridge', 2],
      ['squat', 1],
      ['hip-hinge', 3],
      ['split-squat', 1],
    ]);
    for (const state of plan.exercises) {
      expect(
        decisions.some((decision) => decision.exerciseId === state.exerciseId && decision.sentence),
      ).toBe(true);
    }
  });

  it('is the same plan for the same assessment and day', () => {
    const assessment = assessmentSchema.parse(answers);
    expect(startingPlan(assessment, '2026-03-02')).toEqual(startingPlan(assessment, '2026-03-02'));
  });
});
