import { describe, expect, it } from 'vitest';
import { getExercise } from '../catalogue/index.ts';
import { cueFor } from './cues.ts';
import { createViewTracker, findFramingProblem } from './framing.ts';
import { createPosePoints, type PoseFrame, readKeypoints } from './keypoints.ts';
import { recordSyntheticSet } from './synthetic-recording.test-support.ts';

function pointsOf(frame: PoseFrame, keep: (name: string) => boolean = () => true) {
  const points = createPosePoints();
  const kept = { ...frame, keypoints: frame.keypoints.filter((keypoint) => keep(keypoint.name)) };
  readKeypoints(kept, 0.3, false, points);
  return points;
}

function standing(view: 'front' | 'side') {
  const recording = recordSyntheticSet({ exercise: 'squat', view, reps: [], fps: 30, seed: 1 });
  return {
    frame: recording.frames[0] as PoseFrame,
    width: recording.frameWidth,
    height: recording.frameHeight,
  };
}

describe('is the whole body in the picture?', () => {
  it('is, for a member standing in the middle of the frame', () => {
    const { frame, width, height } = standing('front');
    expect(findFramingProblem(pointsOf(frame), width, height, true)).toBeNull();
  });

  it('asks to step back when the feet are cut off', () => {
    const { frame, width, height } = standing('front');
    expect(findFramingProblem(pointsOf(frame), width, height * 0.8, true)).toBe('show-feet');
    expect(cueFor('show-feet', getExercise('squat')).text).toBe(
      'Step back until your feet are in the picture.',
    );
  });

  it('asks to show the head and shoulders when only the legs are seen', () => {
    const { frame, width, height } = standing('front');
    const legsOnly = pointsOf(frame, (name) => /hip|knee|ankle/.test(name));
    expect(findFramingProblem(legsOnly, width, height, true)).toBe('show-head');
  });

  it('says when nobody is there at all', () => {
    const { width, height } = standing('front');
    expect(findFramingProblem(createPosePoints(), width, height, true)).toBe('no-person');
  });

  it('needs only the near leg from the side, where the far one hides behind it', () => {
    const { frame, width, height } = standing('side');
    const nearSideOnly = pointsOf(frame, (name) => !name.startsWith('right_'));
    expect(findFramingProblem(nearSideOnly, width, height, false)).toBeNull();
    expect(findFramingProblem(nearSideOnly, width, height, true)).toBe('show-feet');
  });

  it('drops keypoints the model was unsure of', () => {
    const { frame } = standing('front');
    const unsure = { ...frame, keypoints: frame.keypoints.map((keypoint) => ({ ...keypoint, score: 0.1 })) };
    const points = createPosePoints();
    expect(readKeypoints(unsure, 0.3, false, points)).toBe(0);
  });
});

describe('which view: front or side?', () => {
  it('tells facing the camera from standing side-on, and says how to turn', () => {
    for (const view of ['front', 'side'] as const) {
      const tracker = createViewTracker();
      const { frame } = standing(view);
      expect(tracker.update(pointsOf(frame), 0)).toBe(view);
    }
    expect(cueFor('turn-side-on', getExercise('hip-hinge')).text).toBe('Turn side-on for the hip hinge.');
  });

  it('reads a side view when the far shoulder and hip are hidden', () => {
    const { frame } = standing('side');
    expect(
      createViewTracker().update(
        pointsOf(frame, (name) => !name.startsWith('right_')),
        0,
      ),
    ).toBe('side');
  });

  it('does not flip on one turned-away frame', () => {
    const tracker = createViewTracker();
    const front = pointsOf(standing('front').frame);
    const side = pointsOf(standing('side').frame);
    for (let t = 0; t < 1000; t += 33) tracker.update(front, t);
    expect(tracker.update(side, 1033)).toBe('front');
    for (let t = 1066; t < 2500; t += 33) tracker.update(side, t);
    expect(tracker.update(side, 2500)).toBe('side');
  });
});
