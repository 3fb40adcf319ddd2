/** The plan as it stands today, one plain sentence per exercise: what the next workout asks for. */
import { getExercise } from '../catalogue/index.ts';
import { nextPhaseCriteria } from '../engine/phase-criteria.ts';
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

/** "Phase 3: 5 of 8 done; to go: the hip hinge at level 3 (half hinge) or further, …"; null in phase 5. */
function nextPhaseSentence(plan: Plan, today: string): string | null {
  const next = nextPhaseCriteria(plan, today);
  if (!next) return null;
  const toGo = next.criteria.filter((criterion) => !criterion.isMet).map((criterion) => criterion.text);
  return `Phase ${next.phase}: ${next.summary}${toGo.length > 0 ? `; to go: ${toGo.join(', ')}` : ''}.`;
}

export function planSummary(plan: Plan | null, today: string): PlanSummary | null {
  if (plan === null) return null;
  const phase = phaseDefinition(plan.phase);
  return {
    phase: `Phase ${phase.phase}: ${phase.name}`,
    phaseNumber: phase.phase,
    nextPhase: nextPhaseSentence(plan, today),
    daysPerWeek: plan.daysPerWeek,
    isPaused: plan.pause !== null,
    exercises: plan.exercises.map((state) => ({
      exerciseId: state.exerciseId,
      name: getExercise(state.exerciseId).name,
      prescription: prescriptionSentence(plan, state),
    })),
  };
}
