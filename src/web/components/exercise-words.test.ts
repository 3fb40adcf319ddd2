import { describe, expect, it } from 'vitest';
import { EXERCISES } from '../../core/catalogue/index.ts';
import { describeEquipmentChoices, equipmentChoices, isDoneLyingDown } from './exercise-words.ts';

describe('equipmentChoices', () => {
  it('needs nothing when the catalogue asks for nothing', () => {
    expect(equipmentChoices([])).toEqual([[]]);
    expect(describeEquipmentChoices([])).toEqual([]);
  });

  it('turns "a cable or a band, and a cable or an anchor" into "a cable, or a band with an anchor"', () => {
    expect(
      equipmentChoices([
        ['cable', 'band'],
        ['cable', 'anchor-point'],
      ]),
    ).toEqual([['cable'], ['band', 'anchor-point']]);
  });

  it('keeps each alternative once when groups repeat', () => {
    expect(
      equipmentChoices([
        ['band', 'cable'],
        ['band', 'cable'],
      ]),
    ).toEqual([['band'], ['cable']]);
  });

  it('words the pull-through as a member would say it', () => {
    const pullThrough = EXERCISES.find((exercise) => exercise.id === 'pull-through');
    expect(describeEquipmentChoices(pullThrough?.requires ?? [])).toEqual([
      'A cable machine (as in a gym)',
      'A resistance band and something low and solid to tie a band to',
    ]);
  });
});

describe('isDoneLyingDown', () => {
  it('is true for the glute bridge only', () => {
    expect(EXERCISES.filter(isDoneLyingDown).map((exercise) => exercise.id)).toEqual(['glute-bridge']);
  });
});
