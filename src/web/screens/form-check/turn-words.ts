import type { Exercise } from '../../../core/catalogue/types.ts';

/** The bridge is measured at the top of the lift; every other exercise at the bottom. */
export function isMeasuredAtTop(exercise: Exercise): boolean {
  return exercise.levels[0]?.angle.joint === 'hip-extension';
}

/** "bottom" or "top": the turning point of a rep, as the member would say it. */
export function turnWord(exercise: Exercise): 'bottom' | 'top' {
  return isMeasuredAtTop(exercise) ? 'top' : 'bottom';
}
