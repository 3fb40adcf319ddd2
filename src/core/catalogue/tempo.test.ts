import { describe, expect, it } from 'vitest';
import { EXERCISES, getExercise } from './index.ts';
import { poseAtMoment, repDurationMs, repMomentAt, tempoOf, turnMomentMs } from './tempo.ts';

describe('the method’s tempo', () => {
  it('goes down slowly and comes up quicker in the standing movements; the bridge lowers slowly', () => {
    const squat = tempoOf(getExercise('squat'));
    expect(squat.outMs).toBeGreaterThan(squat.backMs);
    expect(squat.words).toMatch(/^Down slowly/);
    const bridge = tempoOf(getExercise('glute-bridge'));
    expect(bridge.backMs).toBeGreaterThan(bridge.outMs);
    expect(bridge.words).toMatch(/lower slowly/);
  });

  it('starts a rep at the start position, holds the turn, comes back and rests, then loops', () => {
    const tempo = tempoOf(getExercise('squat'));
    expect(repMomentAt(tempo, 0)).toEqual({ moment: 'out', progress: 0 });
    expect(repMomentAt(tempo, turnMomentMs(tempo))).toEqual({ moment: 'turn', progress: 1 });
    expect(repMomentAt(tempo, tempo.outMs + tempo.turnMs + tempo.backMs / 2).moment).toBe('back');
    expect(repMomentAt(tempo, repDurationMs(tempo) - 1)).toEqual({ moment: 'rest', progress: 0 });
    expect(repMomentAt(tempo, repDurationMs(tempo) * 3 + 500)).toEqual(repMomentAt(tempo, 500));
  });

  it('moves steadily one way on the way out and the other way back', () => {
    const tempo = tempoOf(getExercise('hip-hinge'));
    let previous = -1;
    for (let ms = 0; ms < tempo.outMs; ms += 100) {
      const { progress } = repMomentAt(tempo, ms);
      expect(progress).toBeGreaterThan(previous);
      previous = progress;
    }
    previous = 1;
    for (let ms = tempo.outMs + tempo.turnMs; ms < tempo.outMs + tempo.turnMs + tempo.backMs; ms += 100) {
      const { progress } = repMomentAt(tempo, ms);
      expect(progress).toBeLessThanOrEqual(previous);
      previous = progress;
    }
  });

  it('draws every level’s own turn at the turn and its start position at the start', () => {
    for (const exercise of EXERCISES) {
      const tempo = tempoOf(exercise);
      for (const range of exercise.levels) {
        expect(poseAtMoment(range, tempo, turnMomentMs(tempo))).toEqual(range.endPose);
        expect(poseAtMoment(range, tempo, 0)).toEqual(range.startPose);
      }
    }
  });
});
