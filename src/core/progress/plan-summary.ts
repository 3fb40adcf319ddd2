/** The plan as it stands today, one plain sentence per exercise: what the next workout asks for. */
import { getExercise } from '../catalogue/index.ts';
import { phaseDefinition } from '../engine/phases.ts';
import type { Plan } from '../engine/schemas.ts';
import { prescribe } from '../engine/workout.ts';
import type { PlanSummary } from './types.ts';
import { count, levelName, loadPhrase } from './words.ts';

/** "3 sets of 10 at level 2 of 5 (quarter squat) with a light band, holding on to something for balance." */
function prescriptionSentence(plan: Plan, state: Plan['exercises'][number]): string {
  const prescription = prescribe(state, plan.phase);
  const where = `level ${prescription.level} of ${prescription.maxLevel} (${levelName(state.exerciseId, prescription.level)})`;
  const held = prescription.supported ? ', holding on to something for balance' : '';
  const technique = prescription.stage === 'technique' ? '; technique first: clean, unhurried reps' : '';
  return `${count(prescription.sets, 'set')} of ${prescription.reps} at ${where} ${loadPhrase(prescription.load, plan.weightUnit)}${held}${technique}.`;
}

export function planSummary(plan: Plan | null): PlanSummary | null {
  if (plan === null) return null;
  const phase = phaseDefinition(plan.phase);
  return {
    phase: `Phase ${phase.phase}: ${phase.name}`,
    phaseNumber: phase.phase,
    daysPerWeek: plan.daysPerWeek,
    isPaused: plan.pause !== null,
    exercises: plan.exercises.map((state) => ({
      exerciseId: state.exerciseId,
      name: getExercise(state.exerciseId).name,
      prescription: prescriptionSentence(plan, state),
    })),
  };
}
