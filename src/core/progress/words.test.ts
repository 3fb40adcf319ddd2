import { describe, expect, it } from 'vitest';
import { EXERCISES } from '../catalogue/index.ts';
import { levelPhrase, loadPhrase, positionPhrase } from './words.ts';

describe('a position in words', () => {
  it('names every level of every exercise from the catalogue, with an article where English wants one', () => {
    const phrases = EXERCISES.flatMap((exercise) =>
      exercise.levels.map((level) => levelPhrase(exercise.id, level.level)),
    );
    expect(phrases).toEqual([
      'a small lift',
      'a half lift',
      'nearly straight',
      'a full bridge',
      'a slight bend',
      'a quarter squat',
      'a half squat',
      'thighs near level',
      'a full squat',
      'a slight tip',
      'a quarter hinge',
      'a half hinge',
      'a deep hinge',
      'a full hinge',
      'a small dip',
      'a quarter dip',
      'a half dip',
      'a full split squat',
      'a slight tip',
      'a quarter hinge',
      'a half hinge',
      'a full hinge',
    ]);
  });

  it('says loads the way they are spoken', () => {
    expect(loadPhrase({ kind: 'bodyweight' }, 'kg')).toBe('with no weight');
    expect(loadPhrase({ kind: 'band', band: 'heavy' }, 'kg')).toBe('with a heavy band');
    expect(loadPhrase({ kind: 'kettlebell', kg: 8 }, 'kg')).toBe('with an 8 kg kettlebell');
    expect(loadPhrase({ kind: 'kettlebell', kg: 80 }, 'kg')).toBe('with an 80 kg kettlebell');
    expect(loadPhrase({ kind: 'dumbbell', kg: 11 }, 'kg')).toBe('with an 11 kg dumbbell');
    expect(loadPhrase({ kind: 'dumbbell', kg: 12.5 }, 'kg')).toBe('with a 12.5 kg dumbbell');
    expect(loadPhrase({ kind: 'dumbbell', kg: 110 }, 'kg')).toBe('with a 110 kg dumbbell');
    expect(loadPhrase({ kind: 'dumbbell', kg: 5 }, 'lb')).toBe('with an 11 lb dumbbell');
    expect(loadPhrase({ kind: 'cable', kg: 15 }, 'kg')).toBe('with 15 kg on the cable');
  });

  it('joins level and load, and keeps a level past full range at full range', () => {
    expect(positionPhrase('squat', 1, { kind: 'bodyweight' }, 'kg')).toBe('a slight bend with no weight');
    expect(positionPhrase('split-squat', 9, { kind: 'dumbbell', kg: 10 }, 'kg')).toBe(
      'a full split squat with a 10 kg dumbbell',
    );
  });
});
