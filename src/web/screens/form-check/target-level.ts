/**
 * The range level the member is aiming for in this form check: the one the workout passed in the address
 * (`?level=3`), else the level of the exercise in the workout under way on this phone, else the plan's.
 */
import type { Exercise } from '../../../core/catalogue/types.ts';

/** A level from the address, when it is one this exercise has; null otherwise. */
export function levelFromSearch(search: string, exercise: Exercise): number | null {
  const text = new URLSearchParams(search).get('level');
  if (text === null || !/^\d+$/.test(text)) return null;
  const level = Number(text);
  return exercise.levels.some((range) => range.level === level) ? level : null;
}
