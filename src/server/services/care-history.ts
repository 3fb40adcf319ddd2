import { z } from 'zod';
import type { CareHistory } from '../../core/care/care-history.ts';
import { planSchema } from '../../core/engine/index.ts';
import type { InstrumentId } from '../../core/outcomes/index.ts';
import { RED_FLAG_QUESTIONS } from '../../core/red-flags/index.ts';
import type { Executor } from '../db/executor.ts';
import { listMeasures } from '../db/repositories/measures.ts';
import {
  listAllDecisions,
  listAllScreens,
  listAllSetLogs,
  listAllWorkouts,
  listCheckIns,
} from '../db/repositories/member-data.ts';
import { findPlanRow } from '../db/repositories/plan.ts';
import { headlineValue } from './measure-values.ts';

/**
 * A member's data as the alert rules read it (src/core/care), from one snapshot. A building block for
 * the alert job, which has checked the member has a coach they share with: it takes no actor. Moments
 * (a check-in, a decision, a screen) count on their UTC day, as the progress story reads them.
 */
export async function loadCareHistory(db: Executor, memberId: string, today: string): Promise<CareHistory> {
  const [planRow, workouts, sets, checkIns, decisions, screens, measures] = await Promise.all([
    findPlanRow(db, memberId),
    listAllWorkouts(db, memberId),
    listAllSetLogs(db, memberId),
    listCheckIns(db, memberId),
    listAllDecisions(db, memberId),
    listAllScreens(db, memberId),
    listMeasures(db, memberId),
  ]);
  const plan = planRow ? planSchema.parse(planRow.plan) : null;
  const setsByWorkout = Map.groupBy(sets, (set) => set.workout_id);
  return {
    memberId,
    today,
    plan: plan && { startedOn: plan.startedOn, daysPerWeek: plan.daysPerWeek, isPaused: plan.pause !== null },
    workouts: workouts.map((row) => ({
      id: row.id,
      date: row.date,
      status: row.status,
      painBefore: row.pain_before,
      sets: (setsByWorkout.get(row.id) ?? []).map((set) => ({
        id: set.id,
        exerciseId: set.exercise_id,
        pain: set.pain,
        faults: set.faults,
      })),
    })),
    checkIns: checkIns.map((row) => ({
      id: row.id,
      workoutOn: row.workout_on,
      on: dayOf(row.checked_in_at),
      pain: row.pain,
    })),
    decisions: decisions.map((row) => ({
      id: row.id,
      source: row.source,
      sourceId: row.source_id,
      on: dayOf(row.made_at),
      exerciseId: row.exercise_id,
      ruleId: row.rule_id,
      change: row.change,
      sentence: row.sentence,
      tellCoach: row.tell_coach,
    })),
    screens: screens.map((row) => {
      const answers = storedAnswersSchema.parse(row.answers);
      return {
        id: row.id,
        on: dayOf(row.screened_at),
        outcome: row.outcome,
        signs: RED_FLAG_QUESTIONS.filter((question) => answers[question.id] === true).map((q) => q.sign),
        isCleared: row.cleared_at !== null,
      };
    }),
    measures: measures.map((row) => {
      const instrumentId = row.instrument_id as InstrumentId;
      return {
        id: row.id,
        instrumentId,
        takenOn: row.taken_on,
        value: headlineValue(instrumentId, row.score),
        startBackRisk: instrumentId === 'start-back' ? startBackRiskOf(row.score) : null,
      };
    }),
  };
}

const dayOf = (moment: Date | string) => new Date(moment).toISOString().slice(0, 10);

/** Older screens may lack a question added since: it was not asked then, which is not a "yes". */
const storedAnswersSchema = z.record(z.string(), z.boolean());

const startBackScoreSchema = z.object({ risk: z.enum(['low', 'medium', 'high']).nullable() });

function startBackRiskOf(score: unknown) {
  const parsed = startBackScoreSchema.safeParse(score);
  return parsed.success ? parsed.data.risk : null;
}
