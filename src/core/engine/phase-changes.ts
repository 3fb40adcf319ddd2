/**
 * Moving up a phase after a workout, and what it brings: exercises in, stepping stones out. Also the
 * criteria in plain words, so the app can show what the next phase still needs.
 */
import { getExercise } from '../catalogue/index.ts';
import type { Decision } from './decision.ts';
import { newExerciseState } from './exercise-state.ts';
import { canDo, loadLadder } from './load-ladder.ts';
import { evaluatePhase, type PhaseCriterion, phaseDefinition, requiredLevel } from './phases.ts';
import type { Plan } from './schemas.ts';
import { capitalise, exerciseWords, levelWords } from './words.ts';

export function describeCriterion(criterion: PhaseCriterion): string {
  switch (criterion.kind) {
    case 'level': {
      const level = requiredLevel(criterion.exerciseId, criterion.atLeast);
      return `${exerciseWords(criterion.exerciseId)} at ${levelWords(criterion.exerciseId, level)} or further`;
    }
    case 'loaded':
      return `${exerciseWords(criterion.exerciseId)} with a band or weight`;
    case 'technique-set':
      return `your technique set in ${exerciseWords(criterion.exerciseId)}`;
    case 'pain-trend':
      return 'your pain steady or getting better over your recent workouts';
    case 'latest-pain':
      return `pain at most ${criterion.atMost}/10 in your latest workout`;
    case 'weeks-since-surgery':
      return `${criterion.atLeast} weeks since your surgery`;
  }
}

/** One phase at a time, even if more are met, so each phase's changes arrive on their own. */
export function advancePhase(plan: Plan, today: string): { plan: Plan; decisions: Decision[] } {
  const evaluation = evaluatePhase(plan, today);
  if (evaluation.phase === plan.phase) return { plan, decisions: [] };
  const entered = phaseDefinition(evaluation.phase);
  const decisions: Decision[] = [
    {
      exerciseId: null,
      ruleId: 'phase-up',
      inputs: { from: plan.phase, to: entered.phase, criteria: entered.entry.map(describeCriterion), today },
      change: { phase: { from: plan.phase, to: entered.phase } },
      sentence: `You have earned phase ${entered.phase}, ${entered.name.toLowerCase()}: ${entered.welcome}`,
      tellCoach: true,
    },
  ];
  let exercises = plan.exercises.filter((state) => !entered.retires.includes(state.exerciseId));
  for (const retired of plan.exercises.filter((state) => entered.retires.includes(state.exerciseId))) {
    decisions.push({
      exerciseId: retired.exerciseId,
      ruleId: 'exercise-retired',
      inputs: { phase: entered.phase, level: retired.level },
      change: { exercise: 'retired' },
      sentence: `${capitalise(exerciseWords(retired.exerciseId))} has done its job: your hips now work hard standing up, so it leaves your workouts.`,
      tellCoach: false,
    });
  }
  for (const exerciseId of entered.adds) {
    if (exercises.some((state) => state.exerciseId === exerciseId)) continue;
    const exercise = getExercise(exerciseId);
    const firstLoad = loadLadder(exercise, plan.equipment)[0];
    if (!canDo(exercise, plan.equipment) || firstLoad === undefined) {
      decisions.push({
        exerciseId,
        ruleId: 'exercise-needs-equipment',
        inputs: { phase: entered.phase, loadOptions: exercise.loadOptions },
        change: {},
        sentence: `${capitalise(exerciseWords(exerciseId))} would join your workouts now, but it needs a resistance band or a cable machine: tell us when you have one.`,
        tellCoach: false,
      });
      continue;
    }
    exercises = [...exercises, newExerciseState(exerciseId, 1, firstLoad)];
    decisions.push({
      exerciseId,
      ruleId: 'exercise-added',
      inputs: { phase: entered.phase, level: 1, load: firstLoad },
      change: { exercise: 'added' },
      sentence: `${capitalise(exerciseWords(exerciseId))} joins your workouts at ${levelWords(exerciseId, 1)}, with two sets to learn it.`,
      tellCoach: false,
    });
  }
  return { plan: { ...plan, phase: entered.phase, exercises }, decisions };
}
