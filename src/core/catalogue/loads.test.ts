import { describe, expect, it } from 'vitest';
import { compareLoads, describeLoad, isSameLoad, nextBand, POUNDS_PER_KILOGRAM } from './loads.ts';
import type { Load } from './types.ts';

const bodyweight: Load = { kind: 'bodyweight' };
const light: Load = { kind: 'band', band: 'light' };
const medium: Load = { kind: 'band', band: 'medium' };
const heavy: Load = { kind: 'band', band: 'heavy' };
const dumbbell4: Load = { kind: 'dumbbell', kg: 4 };
const kettlebell8: Load = { kind: 'kettlebell', kg: 8 };
const cable20: Load = { kind: 'cable', kg: 20 };

describe('describeLoad', () => {
  it('names bodyweight and bands in plain words', () => {
    expect(describeLoad(bodyweight, 'kg')).toBe('bodyweight');
    expect(describeLoad(light, 'kg')).toBe('light band');
    expect(describeLoad(heavy, 'lb')).toBe('heavy band');
  });

  it('gives weights in kilograms, to one decimal at most', () => {
    expect(describeLoad({ kind: 'kettlebell', kg: 10 }, 'kg')).toBe('10 kg kettlebell');
    expect(describeLoad({ kind: 'dumbbell', kg: 12.5 }, 'kg')).toBe('12.5 kg dumbbell');
    expect(describeLoad({ kind: 'dumbbell', kg: 11.339_8 }, 'kg')).toBe('11.3 kg dumbbell');
    expect(describeLoad(cable20, 'kg')).toBe('20 kg on the cable');
  });

  it('gives weights in pounds rounded as they are sold', () => {
    expect(describeLoad({ kind: 'kettlebell', kg: 10 }, 'lb')).toBe('22 lb kettlebell');
    // 25 lb entered by a member is stored as kilograms and shown back as 25 lb.
    expect(describeLoad({ kind: 'dumbbell', kg: 25 / POUNDS_PER_KILOGRAM }, 'lb')).toBe('25 lb dumbbell');
    expect(describeLoad({ kind: 'dumbbell', kg: 2 }, 'lb')).toBe('4.5 lb dumbbell');
    expect(describeLoad({ kind: 'dumbbell', kg: 1 }, 'lb')).toBe('2 lb dumbbell');
  });
});

describe('nextBand', () => {
  it('steps light → medium → heavy, then runs out', () => {
    expect(nextBand('light')).toBe('medium');
    expect(nextBand('medium')).toBe('heavy');
    expect(nextBand('heavy')).toBeUndefined();
  });
});

describe('compareLoads', () => {
  it('orders bodyweight, bands by strength, then weights by kilograms', () => {
    const shuffled = [cable20, heavy, dumbbell4, bodyweight, kettlebell8, light, medium];
    expect([...shuffled].sort(compareLoads)).toEqual([
      bodyweight,
      light,
      medium,
      heavy,
      dumbbell4,
      kettlebell8,
      cable20,
    ]);
  });

  it('puts even the lightest weight above the heaviest band', () => {
    expect(compareLoads({ kind: 'dumbbell', kg: 0.5 }, heavy)).toBe(1);
    expect(compareLoads(heavy, { kind: 'dumbbell', kg: 0.5 })).toBe(-1);
  });

  it('treats the same weight as the same step whatever holds it', () => {
    expect(compareLoads({ kind: 'dumbbell', kg: 8 }, kettlebell8)).toBe(0);
    expect(compareLoads(medium, { kind: 'band', band: 'medium' })).toBe(0);
  });
});

describe('isSameLoad', () => {
  it('matches the same kind with the same band or weight', () => {
    expect(isSameLoad(bodyweight, { kind: 'bodyweight' })).toBe(true);
    expect(isSameLoad(light, { kind: 'band', band: 'light' })).toBe(true);
    expect(isSameLoad(kettlebell8, { kind: 'kettlebell', kg: 8 })).toBe(true);
    // A round trip through pounds leaves float noise that is not a different weight.
    expect(isSameLoad(kettlebell8, { kind: 'kettlebell', kg: 17.637 / POUNDS_PER_KILOGRAM })).toBe(true);
  });

  it('tells different loads apart', () => {
    expect(isSameLoad(light, medium)).toBe(false);
    expect(isSameLoad(bodyweight, light)).toBe(false);
    expect(isSameLoad({ kind: 'dumbbell', kg: 8 }, kettlebell8)).toBe(false);
    expect(isSameLoad(kettlebell8, { kind: 'kettlebell', kg: 10 })).toBe(false);
  });
});
