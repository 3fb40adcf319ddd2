/**
 * Pain during a workout, set by set. One rule for the phone (which applies it at once, offline too) and
 * the server (which applies it again when the set arrives, and refuses what the rule has stopped):
 * pain 8/10 or more ends the workout and pauses the plan; pain above 5/10, or 2 or more points above
 * the pain before the workout, stops that exercise for today and the workout carries on with the others.
 */
import type { ExerciseId } from '../catalogue/types.ts';
import type { Decision } from './decision.ts';
import { pauseDecision } from './pause.ts';
import { METHOD } from './rules.ts';
import type { SetLog, WorkoutLog } from './schemas.ts';
import { painStopSentence } from './sentences.ts';

/** What the rule needs of a set. */
export type SetPain = Pick<SetLog, 'exerciseId' | 'level' | 'pain'>;

export type AfterSet =
  | { kind: 'carry-on' }
  | {
      kind: 'stop-exercise';
      exerciseId: ExerciseId;
      /** The level the pain came at: no more sets there (or above) today. */
      level: number;
      /** One level lower, to go on with if the member chooses; null at the smallest range. */
      lowerLevel: number | null;
      decision: Decision;
    }
  | {
      kind: 'end-workout';
      exerciseId: ExerciseId;
      pain: number;
      decision: Decision;
      advice: typeof SEVERE_PAIN_ADVICE;
    };

function isSevere(pain: number): boolean {
  return pain >= METHOD.pain.pauseFrom;
}

function stopsExercise(pain: number, painBefore: number): boolean {
  return pain > METHOD.pain.regressAbove || pain - painBefore >= METHOD.pain.setRisesBy;
}

/** What happens after this set: `at` is when it was logged (a pause is recorded from then). */
export function afterSet(set: SetPain, painBefore: number, at: string): AfterSet {
  const { exerciseId, level, pain } = set;
  if (isSevere(pain)) {
    const decision = pauseDecision('severe-pain', at, { exerciseId, pain }, false);
    return { kind: 'end-workout', exerciseId, pain, decision, advice: SEVERE_PAIN_ADVICE };
  }
  if (!stopsExercise(pain, painBefore)) return { kind: 'carry-on' };
  const lowerLevel = level > 1 ? level - 1 : null;
  const decision: Decision = {
    exerciseId,
    ruleId: 'pain-stop-exercise',
    inputs: { pain, painBefore, risenBy: pain - painBefore, level },
    change: {},
    sentence: painStopSentence(pain, painBefore, exerciseId, lowerLevel),
    tellCoach: true,
  };
  return { kind: 'stop-exercise', exerciseId, level, lowerLevel, decision };
}

/** The set that ended the workout, if one did. */
export function endingSet<T extends SetPain>(sets: readonly T[]): T | undefined {
  return sets.find((set) => isSevere(set.pain));
}

/** The lowest level at which this exercise was stopped today, or null: sets there or above are refused. */
export function stoppedLevel(
  sets: readonly SetPain[],
  exerciseId: ExerciseId,
  painBefore: number,
): number | null {
  const levels = sets
    .filter((set) => set.exerciseId === exerciseId && stopsExercise(set.pain, painBefore))
    .map((set) => set.level);
  return levels.length === 0 ? null : Math.min(...levels);
}

export type SetRefusal =
  | { reason: 'workout-ended-for-pain'; pain: number }
  | { reason: 'exercise-stopped'; exerciseId: ExerciseId; level: number };

/** Whether the rule lets a new set in after the sets already logged; null when it may be logged. */
export function setRefusal(earlier: readonly SetPain[], painBefore: number, set: SetPain): SetRefusal | null {
  const ending = endingSet(earlier);
  if (ending) return { reason: 'workout-ended-for-pain', pain: ending.pain };
  const level = stoppedLevel(earlier, set.exerciseId, painBefore);
  if (level !== null && set.level >= level) {
    return { reason: 'exercise-stopped', exerciseId: set.exerciseId, level };
  }
  return null;
}

/**
 * The exercises stopped during a workout, as decisions, for the record kept when it finishes. A set
 * that ended the workout is left to the pause (finish.ts): one cause, one decision.
 */
export function painStopsIn(log: Pick<WorkoutLog, 'painBefore' | 'sets'>): Decision[] {
  return log.sets.flatMap((set) => {
    const after = afterSet(set, log.painBefore, '');
    return after.kind === 'stop-exercise' ? [after.decision] : [];
  });
}

/**
 * What to do when pain ends a workout: now, to settle the pain, and when to get help. In the words of
 * the NHS's advice on back pain, shortened.
 */
export const SEVERE_PAIN_ADVICE = {
  now: [
    'Stop exercising for today. Your workout has ended and what you logged is saved.',
    'Find the position that is most comfortable for you, lying or sitting, and breathe slowly. The pain often eases as you rest.',
  ],
  settle: [
    'Keep gently moving over the next hours and days, as much as the pain allows: short walks and your everyday jobs. Staying in bed for long usually makes back pain last longer.',
    'A heat pack, or a hot water bottle wrapped in a towel, can ease the pain and stiffness.',
    'Pain relief you can take, such as paracetamol or ibuprofen, may help. Follow the leaflet, and ask a pharmacist if you are not sure it is right for you.',
  ],
  seekHelp: [
    'Call 999 or go to A&E if, with your back pain, you have numbness around your bottom or genitals, you cannot pee or cannot control when you pee or poo, you have numbness, tingling or weakness in both legs, or you have chest pain.',
    'Call 111 or your GP today if the pain is very bad and does not ease with rest and pain relief, if it keeps getting worse, or if it started after a fall or an accident.',
  ],
} as const;
