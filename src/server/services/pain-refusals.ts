import { getExercise } from '../../core/catalogue/index.ts';
import type { SetRefusal } from '../../core/engine/index.ts';
import { Refusal } from './errors.ts';

/** The in-workout pain rule's refusal of a set, in words: the workout ended, or the exercise stopped. */
export function refusedByPain(refusal: SetRefusal, level: number): Refusal {
  if (refusal.reason === 'workout-ended-for-pain') {
    return new Refusal(
      'conflict',
      'workout-ended-for-pain',
      'Workout ended for pain',
      `This workout ended when your pain reached ${refusal.pain}/10, so no more sets can be added to it. Your sets until then are saved; please answer the safety questions before your next workout.`,
    );
  }
  const name = getExercise(refusal.exerciseId).name.toLowerCase();
  return new Refusal(
    'conflict',
    'exercise-stopped',
    'Exercise stopped for today',
    `Pain stopped the ${name} at level ${refusal.level} today, so it takes no more sets at level ${level}: skip it, or log it at a lower level.`,
  );
}
