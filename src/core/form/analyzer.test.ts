import { describe, expect, it } from 'vitest';
import { createFormAnalyzer, type FormAnalyzerOptions, type LiveFormState } from './analyzer.ts';
import { VALGUS_DISCLAIMER } from './cues.ts';
import type { PoseFrame } from './keypoints.ts';
import { recordSyntheticSet, type SyntheticSet } from './synthetic-recording.test-support.ts';

function record(set: Omit<SyntheticSet, 'fps' | 'seed'> & Partial<SyntheticSet>) {
  const recording = recordSyntheticSet({ fps: 30, seed: 7, noise: 0.005, ...set });
  const options: FormAnalyzerOptions = {
    exercise: set.exercise,
    frameWidth: recording.frameWidth,
    frameHeight: recording.frameHeight,
    isMirrored: set.isMirrored,
  };
  return { ...recording, options };
}

function run(frames: PoseFrame[], options: FormAnalyzerOptions) {
  const analyzer = createFormAnalyzer(options);
  const states: LiveFormState[] = frames.map((frame) => analyzer.push(frame));
  return { states, summary: analyzer.finish() };
}

const TWO_SQUATS = [
  { turnAngle: 100, durationMs: 2000 },
  { turnAngle: 120, durationMs: 2000 },
];

describe('the live form check', () => {
  it('learns the start position first, then follows the angle, the phase and the count', () => {
    const { frames, options } = record({ exercise: 'squat', view: 'side', reps: TWO_SQUATS });
    const { states } = run(frames, options);
    expect(states[0]).toMatchObject({ status: 'starting', cue: { id: 'hold-still' }, angle: null });
    const tracking = states.filter((state) => state.status === 'tracking');
    expect(tracking.length).toBeGreaterThan(frames.length * 0.9);
    expect(new Set(tracking.map((state) => state.phase))).toEqual(new Set(['ready', 'going', 'returning']));
    expect(Math.min(...tracking.map((state) => state.angle ?? 180))).toBeLessThan(105);
    expect(Math.max(...tracking.map((state) => state.depthLevel))).toBe(4);
    // The count rises once per rep, on the way back up, never on the way down.
    const counts = tracking.map((state) => state.completedReps);
    expect([...new Set(counts)]).toEqual([0, 1, 2]);
    expect(tracking.find((state) => state.completedReps === 1)?.phase).toBe('ready');
  });

  it('asks to step back while the feet are out of the picture, and counts nothing meanwhile', () => {
    const { frames, options } = record({ exercise: 'squat', view: 'front', reps: TWO_SQUATS });
    const { states, summary } = run(frames, { ...options, frameHeight: options.frameHeight * 0.8 });
    expect(states.at(-1)).toMatchObject({
      status: 'setup',
      cue: { text: 'Step back until your feet are in the picture.' },
    });
    expect(summary.completedReps).toBe(0);
  });

  it('asks to turn side-on for the hip hinge, and says so in the summary instead of "0 reps"', () => {
    const { frames, options } = record({
      exercise: 'hip-hinge',
      view: 'front',
      reps: [{ turnAngle: 110, durationMs: 2000 }],
    });
    const { states, summary } = run(frames, options);
    expect(states.at(-1)?.cue?.text).toBe('Turn side-on for the hip hinge.');
    expect(summary.warnings).toEqual(['wrong-view']);
  });

  it('warns when nobody was ever in the picture', () => {
    const empty = Array.from({ length: 60 }, (_, index) => ({ timestampMs: index * 33, keypoints: [] }));
    const { summary } = run(empty, { exercise: 'squat', frameWidth: 360, frameHeight: 640 });
    expect(summary).toMatchObject({ completedReps: 0, framesWithPerson: 0, warnings: ['no-person-seen'] });
  });

  it('cues the catalogue fix while the knees cave in, and records the fault', () => {
    const reps = TWO_SQUATS.map((rep) => ({ ...rep, valgus: 15 }));
    const { frames, options } = record({ exercise: 'squat', view: 'front', reps });
    const { states, summary } = run(frames, options);
    const cue = states.find((state) => state.cue?.id === 'knees-caving')?.cue;
    expect(cue?.text).toBe('Push your knees out a little, so they stay over your middle toes.');
    expect(summary.faults).toEqual(['knees-caving']);
    expect(summary.goodReps).toBe(0);
    expect(VALGUS_DISCLAIMER).toContain('not a medical measurement');
  });

  it('reports a rep cut off on the way up as partial, never as done', () => {
    const { frames, options } = record({
      exercise: 'squat',
      view: 'side',
      reps: TWO_SQUATS,
      cutLastRepAt: 0.6,
    });
    const { summary } = run(frames, options);
    expect(summary).toMatchObject({ completedReps: 1, partialReps: 1, goodReps: 1 });
    expect(summary.reps[1]).toMatchObject({ isComplete: false, isGood: false });
  });

  it('gives the same results for a mirrored (selfie) camera', () => {
    const plain = record({ exercise: 'squat', view: 'front', reps: TWO_SQUATS });
    const mirrored = record({ exercise: 'squat', view: 'front', reps: TWO_SQUATS, isMirrored: true });
    const levels = (frames: PoseFrame[], options: FormAnalyzerOptions) =>
      run(frames, options).summary.reps.map((rep) => [rep.isComplete, rep.level, Math.round(rep.turnAngle)]);
    expect(levels(mirrored.frames, mirrored.options)).toEqual(levels(plain.frames, plain.options));
  });

  it('gives the same results at 360p and at 1080p', () => {
    const turnAngles = (frameWidth: number, frameHeight: number) => {
      const { frames, options } = record({
        exercise: 'squat',
        view: 'front',
        reps: TWO_SQUATS,
        frameWidth,
        frameHeight,
      });
      return run(frames, options).summary.reps.map((rep) => Math.round(rep.turnAngle));
    };
    expect(turnAngles(1080, 1920)).toEqual(turnAngles(360, 640));
  });

  it('notes a hinge whose knees bend like a squat', () => {
    const squatting = record({ exercise: 'squat', view: 'side', reps: TWO_SQUATS });
    const { summary, states } = run(squatting.frames, { ...squatting.options, exercise: 'hip-hinge' });
    expect(summary.notes).toEqual(['knees-bending']);
    expect(summary.goodReps).toBe(0);
    expect(
      states.some((state) => state.cue?.text === 'Keep the small bend in your knees the same all the way.'),
    ).toBe(true);
  });

  it('measures the pull-through like the hinge, against its own range levels', () => {
    const hinges = record({
      exercise: 'hip-hinge',
      view: 'side',
      reps: [{ turnAngle: 95, durationMs: 2500 }],
    });
    const { summary } = run(hinges.frames, { ...hinges.options, exercise: 'pull-through' });
    // A 95° hip angle is the hinge's level 5 (70–100°) and the pull-through's level 4 (80–105°).
    expect(summary).toMatchObject({
      exerciseId: 'pull-through',
      completedReps: 1,
      goodReps: 1,
      levelReached: 4,
    });
  });

  it('times each rep down and up, the same way both ways', () => {
    const { frames, options } = record({
      exercise: 'squat',
      view: 'side',
      reps: [{ turnAngle: 100, durationMs: 3000 }],
    });
    const [rep] = run(frames, options).summary.reps;
    expect(rep?.outMs).toBeGreaterThan(600);
    expect(Math.abs((rep?.outMs ?? 0) - (rep?.backMs ?? 0))).toBeLessThan(300);
  });
});

describe('the split squat, each side on its own', () => {
  function bothLegs(view: 'front' | 'side', isMirrored: boolean) {
    const reps = [{ turnAngle: 115, durationMs: 2000 }];
    const left = record({
      exercise: 'split-squat',
      view,
      reps: [...reps, ...reps],
      frontLeg: 'left',
      isMirrored,
    });
    const right = record({ exercise: 'split-squat', view, reps, frontLeg: 'right', isMirrored, seed: 8 });
    const offset = (left.frames.at(-1)?.timestampMs ?? 0) + 500;
    const frames = [
      ...left.frames,
      ...right.frames.map((frame) => ({ ...frame, timestampMs: frame.timestampMs + offset })),
    ];
    return run(frames, left.options).summary;
  }

  for (const view of ['side', 'front'] as const) {
    it(`tells which leg is in front, from the ${view}, mirrored or not`, () => {
      for (const isMirrored of [false, true]) {
        const summary = bothLegs(view, isMirrored);
        expect(summary.reps.map((rep) => rep.side)).toEqual(['left', 'left', 'right']);
        expect(summary.sides).toMatchObject({ left: { completedReps: 2 }, right: { completedReps: 1 } });
      }
    });
  }
});
