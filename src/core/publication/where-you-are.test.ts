import { describe, expect, it } from 'vitest';
import { fitForMember, forWhereYouAre } from './where-you-are.ts';

const phaseTwoBridging = { phase: 2, exerciseIds: ['glute-bridge', 'squat'] };

describe('for where you are now', () => {
  it('puts a piece for the member’s phase and exercises first, then the next phase, then the rest', () => {
    const pieces = [
      { id: 'weights', phases: [4], exercises: ['hip-hinge'] },
      { id: 'next', phases: [3], exercises: ['squat'] },
      { id: 'yours', phases: [2], exercises: ['glute-bridge'] },
      { id: 'general', phases: [], exercises: [] },
    ];
    expect(forWhereYouAre(pieces, phaseTwoBridging).map((piece) => piece.id)).toEqual([
      'yours',
      'next',
      'general',
      'weights',
    ]);
  });

  it('scores from 0 to 1', () => {
    expect(fitForMember({ phases: [2], exercises: ['glute-bridge', 'squat'] }, phaseTwoBridging)).toBe(1);
    expect(fitForMember({ phases: [5], exercises: ['pull-through'] }, phaseTwoBridging)).toBe(0);
  });

  it('keeps the given order between equal fits', () => {
    const pieces = [
      { id: 'newer', phases: [], exercises: [] },
      { id: 'older', phases: [], exercises: [] },
    ];
    expect(forWhereYouAre(pieces, phaseTwoBridging).map((piece) => piece.id)).toEqual(['newer', 'older']);
  });
});
