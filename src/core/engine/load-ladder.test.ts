import { describe, expect, it } from 'vitest';
import { getExercise } from '../catalogue/index.ts';
import { canDo, loadLadder, nextLoad, previousLoad } from './load-ladder.ts';

const nothing = { bands: [], dumbbellsKg: [], kettlebellsKg: [], cableKg: [] };

describe('the load ladder', () => {
  it('goes bodyweight, then bands by strength, then weights by kilograms, one rung per weight', () => {
    const ladder = loadLadder(getExercise('squat'), {
      ...nothing,
      bands: ['heavy', 'light'],
      dumbbellsKg: [12, 6],
      kettlebellsKg: [12, 8],
    });
    expect(ladder).toEqual([
      { kind: 'bodyweight' },
      { kind: 'band', band: 'light' },
      { kind: 'band', band: 'heavy' },
      { kind: 'dumbbell', kg: 6 },
      { kind: 'kettlebell', kg: 8 },
      { kind: 'dumbbell', kg: 12 },
    ]);
    expect(nextLoad(ladder, { kind: 'band', band: 'heavy' })).toEqual({ kind: 'dumbbell', kg: 6 });
    expect(nextLoad(ladder, { kind: 'dumbbell', kg: 12 })).toBeNull();
    expect(previousLoad(ladder, { kind: 'band', band: 'light' })).toEqual({ kind: 'bodyweight' });
  });

  it('finds the next rung even from a load the member no longer owns', () => {
    const ladder = loadLadder(getExercise('squat'), { ...nothing, bands: ['light', 'heavy'] });
    expect(nextLoad(ladder, { kind: 'band', band: 'medium' })).toEqual({ kind: 'band', band: 'heavy' });
    expect(previousLoad(ladder, { kind: 'band', band: 'medium' })).toEqual({ kind: 'band', band: 'light' });
  });

  it('leaves the pull-through out for a member with neither a band nor a cable machine', () => {
    expect(canDo(getExercise('pull-through'), { ...nothing, dumbbellsKg: [10] })).toBe(false);
    expect(canDo(getExercise('pull-through'), { ...nothing, bands: ['light'] })).toBe(true);
    expect(canDo(getExercise('squat'), nothing)).toBe(true);
  });
});
