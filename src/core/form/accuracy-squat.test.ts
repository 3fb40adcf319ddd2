/**
 * The accuracy targets on synthetic squats: rep counts exact, valgus of 10° or more over standing
 * caught in ≥ 95% of reps with ≤ 5% false alarms, depth level right in ≥ 95% of reps; at 5–60 frames per
 * second, keypoint jitter up to 2% of body height, 10% of frames dropped, tempo 1–4 s per rep, feet
 * turned out up to 15°, body turned up to 10° from the camera, half the sets mirrored.
 */
import { describe, expect, it } from 'vitest';
import { analyzeFrames } from './analyzer.ts';
import { angleAt } from './synthetic-figure.test-support.ts';
import { recordSyntheticSet } from './synthetic-recording.test-support.ts';
import { runTrials, type TrialGrid, type TrialTally } from './synthetic-trials.test-support.ts';

const FRAME_RATES = [5, 10, 15, 30, 60];

/** Runs a grid once, when a test first asks for it. */
function trials(grid: Omit<TrialGrid, 'fps' | 'setsPerCell' | 'seed'>): () => TrialTally {
  let tally: TrialTally | undefined;
  return () => {
    tally ??= runTrials({ fps: FRAME_RATES, setsPerCell: 8, seed: 11, ...grid });
    return tally;
  };
}

function share(part: number, whole: number): number {
  return whole === 0 ? Number.NaN : part / whole;
}

describe('squats filmed from the front, the catalogue view', () => {
  const grid = { exercise: 'squat', view: 'front', levels: [2, 3, 4, 5], withValgus: true } as const;
  const steady = trials({ ...grid, noise: [0, 0.01] });
  const jittery = trials({ ...grid, noise: [0.02] });

  it('counts every rep exactly with keypoint jitter up to 1% of body height', () => {
    expect(steady().misses).toEqual([]);
    expect(steady().sets).toBe(80);
  });

  it('counts exactly in at least 85% of sets at 2% jitter (short shallow reps at 5–15 fps merge or split)', () => {
    expect(share(jittery().exactSets, jittery().sets)).toBeGreaterThanOrEqual(0.85);
  });

  it('reads the depth level right in at least 95% of reps, foreshortened thighs and all', () => {
    for (const tally of [steady(), jittery()])
      expect(share(tally.levelsRight, tally.reps)).toBeGreaterThanOrEqual(0.95);
  });

  it('catches knees caving 10–20° in at least 95% of reps, with at most 5% false alarms', () => {
    for (const tally of [steady(), jittery()]) {
      expect(share(tally.valgusCaught, tally.valgusReps)).toBeGreaterThanOrEqual(0.95);
      expect(share(tally.falseAlarms, tally.plainReps)).toBeLessThanOrEqual(0.05);
    }
  });

  it('counts level-1 squats exactly when the keypoints are steady; jitter hides a 15–30° bend from the front', () => {
    const shallow = runTrials({
      ...grid,
      levels: [1],
      noise: [0],
      fps: FRAME_RATES,
      setsPerCell: 8,
      seed: 11,
    });
    expect(shallow.misses).toEqual([]);
    expect(share(shallow.levelsRight, shallow.reps)).toBeGreaterThanOrEqual(0.95);
  });
});

describe('squats filmed from the side', () => {
  const all = trials({ exercise: 'squat', view: 'side', levels: [1, 2, 3, 4, 5], noise: [0, 0.01, 0.02] });

  it('counts every rep exactly, at every level, with jitter up to 2% of body height', () => {
    expect(all().misses).toEqual([]);
    expect(all().sets).toBe(120);
  });

  it('reads the depth level right in at least 95% of reps', () => {
    expect(share(all().levelsRight, all().reps)).toBeGreaterThanOrEqual(0.95);
  });

  it('measures the trunk lean at the bottom', () => {
    const rep = { turnAngle: 100, durationMs: 2500, extraLean: 15 };
    const recording = recordSyntheticSet({
      exercise: 'squat',
      view: 'side',
      reps: [rep],
      fps: 30,
      seed: 5,
      noise: 0.01,
    });
    const summary = analyzeFrames(recording.frames, {
      exercise: 'squat',
      frameWidth: recording.frameWidth,
      frameHeight: recording.frameHeight,
    });
    // The figure leans 0.4° per degree of knee bend, plus the extra 15°.
    const trueLean = 0.4 * (180 - 100) + 15;
    expect(Math.abs((summary.reps[0]?.maxTrunkLean ?? 0) - trueLean)).toBeLessThan(5);
    expect(summary.reps[0]?.maxValgus).toBeNull();
  });
});

describe('the synthetic figure itself', () => {
  it('bends its knee to the angle asked for, valgus or not', () => {
    for (const valgus of [0, 15]) {
      const recording = recordSyntheticSet({
        exercise: 'squat',
        view: 'front',
        reps: [{ turnAngle: 100, durationMs: 2000, valgus }],
        fps: 30,
        seed: 1,
      });
      expect(recording.trueTurnAngles[0]).toBeCloseTo(100, 3);
    }
    expect(angleAt([0, 0, 0], [0, 1, 0], [1, 1, 0])).toBeCloseTo(90);
  });
});
