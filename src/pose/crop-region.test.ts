import { describe, expect, it } from 'vitest';
import { KEYPOINT_NAMES, type Keypoint, type KeypointName } from '../core/form/keypoints.ts';
import { cropAroundPerson, isTorsoVisible, letterboxRegion } from './crop-region.ts';

/** A standing person in a 720×1280 portrait frame, hips at (360, 700), feet at 1100, head at 300. */
const STANDING: Partial<Record<KeypointName, [number, number]>> = {
  nose: [360, 300],
  left_shoulder: [420, 420],
  right_shoulder: [300, 420],
  left_hip: [400, 700],
  right_hip: [320, 700],
  left_knee: [405, 900],
  right_knee: [315, 900],
  left_ankle: [410, 1100],
  right_ankle: [310, 1100],
};

function person(score: number, overrides: Partial<Record<KeypointName, number>> = {}): Keypoint[] {
  return KEYPOINT_NAMES.map((name) => {
    const [x, y] = STANDING[name] ?? [360, 500];
    return { name, x, y, score: overrides[name] ?? (STANDING[name] ? score : 0.05) };
  });
}

describe('the region the model looks at', () => {
  it('is the whole frame centred in a square while nobody has been found', () => {
    expect(letterboxRegion(720, 1280)).toEqual({ left: -280, top: 0, size: 1280 });
    expect(letterboxRegion(640, 360)).toEqual({ left: 0, top: -140, size: 640 });
  });

  it('closes in on a person: centred on the hips, every confident keypoint inside with a margin', () => {
    const region = cropAroundPerson(person(0.8), 720, 1280);
    expect(region.left + region.size / 2).toBeCloseTo(360);
    expect(region.top + region.size / 2).toBeCloseTo(700);
    // The shoulders, 280 px above the hips, × 1.9 reach farther than the nose and feet (400 px) × 1.2.
    expect(region.size).toBeCloseTo(2 * 1.9 * 280);
    expect(region.size).toBeLessThan(1280);
  });

  it('ignores unsure keypoints, so a wrong guess far away does not widen the crop', () => {
    const keypoints = person(0.8).map((keypoint) =>
      keypoint.name === 'left_wrist' ? { ...keypoint, x: 0, y: 0, score: 0.1 } : keypoint,
    );
    expect(cropAroundPerson(keypoints, 720, 1280)).toEqual(cropAroundPerson(person(0.8), 720, 1280));
  });

  it('falls back to the whole frame when the torso is not seen', () => {
    const hipless = person(0.8, { left_hip: 0.1, right_hip: 0.1 });
    expect(isTorsoVisible(hipless)).toBe(false);
    expect(cropAroundPerson(hipless, 720, 1280)).toEqual(letterboxRegion(720, 1280));
  });

  it('falls back to the whole frame when the person would need more than the frame', () => {
    const huge = person(0.8).map((keypoint) =>
      keypoint.name === 'nose' ? { ...keypoint, y: -1000 } : keypoint,
    );
    expect(cropAroundPerson(huge, 720, 1280)).toEqual(letterboxRegion(720, 1280));
  });
});
