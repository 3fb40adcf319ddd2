/**
 * The detector's bookkeeping around the model: where it looks and how it maps what the model says back to
 * the frame. The model here is a stand-in that "sees" a scripted person through whatever crop it is
 * given, so each expectation is exact; the real model runs in node/runtime.test.ts and the accuracy tests.
 */
import { describe, expect, it } from 'vitest';
import { KEYPOINT_NAMES, type Keypoint } from '../core/form/keypoints.ts';
import { type CropRegion, letterboxRegion } from './crop-region.ts';
import type { PoseModel } from './movenet-model.ts';
import { createPoseDetector, type FrameReader, MIN_POSE_SCORE } from './pose-detector.ts';

interface Scene {
  width: number;
  height: number;
  /** Keypoints in frame pixels, as the stand-in model will report them. */
  person: Keypoint[];
}

function standingPerson(score: number): Keypoint[] {
  return KEYPOINT_NAMES.map((name, index) => ({
    name,
    x: 300 + (name.startsWith('left') ? 40 : name.startsWith('right') ? -40 : 0),
    y: 300 + index * 40,
    score,
  }));
}

function standIn() {
  const looks: CropRegion[] = [];
  const reader: FrameReader<Scene> = {
    size: (scene) => scene,
    writeCrop: (_scene, region) => looks.push(region),
  };
  let scene: Scene | null = null;
  const model: PoseModel = {
    inputSize: 192,
    async run() {
      const region = looks.at(-1) as CropRegion;
      const values = new Float32Array(17 * 3);
      (scene?.person ?? []).forEach((keypoint, index) => {
        values.set(
          [(keypoint.y - region.top) / region.size, (keypoint.x - region.left) / region.size, keypoint.score],
          index * 3,
        );
      });
      return values;
    },
    dispose() {},
  };
  const detector = createPoseDetector(model, reader);
  return {
    looks,
    detect(next: Scene, timestampMs = 0) {
      scene = next;
      return detector.detect(next, timestampMs);
    },
  };
}

describe('the pose detector', () => {
  it('maps keypoints back to frame pixels, whatever part of the frame the model looked at', async () => {
    const { detect } = standIn();
    const person = standingPerson(0.9);
    const pose = await detect({ width: 720, height: 1280, person }, 40);
    expect(pose.timestampMs).toBe(40);
    expect(pose.score).toBeCloseTo(0.9);
    pose.keypoints.forEach((keypoint, index) => {
      expect(keypoint.name).toBe(KEYPOINT_NAMES[index]);
      expect(keypoint.x).toBeCloseTo(person[index]?.x as number, 3);
      expect(keypoint.y).toBeCloseTo(person[index]?.y as number, 3);
    });
  });

  it('looks again, closer, at a person it has just found, then follows them frame to frame', async () => {
    const { detect, looks } = standIn();
    const scene = { width: 720, height: 1280, person: standingPerson(0.9) };
    const first = await detect(scene);
    expect(looks[0]).toEqual(letterboxRegion(720, 1280));
    expect(looks).toHaveLength(2);
    expect(looks[1]?.size).toBeLessThan(1280);
    expect(first.region).toEqual(looks[1]);
    await detect(scene);
    expect(looks).toHaveLength(3);
    expect(looks[2]?.size).toBeLessThan(1280);
  });

  it('reports nobody below the minimum pose score, and looks at the whole frame again', async () => {
    const { detect, looks } = standIn();
    await detect({ width: 720, height: 1280, person: standingPerson(0.9) });
    const gone = await detect({ width: 720, height: 1280, person: standingPerson(MIN_POSE_SCORE - 0.05) });
    expect(gone.keypoints).toEqual([]);
    await detect({ width: 720, height: 1280, person: standingPerson(MIN_POSE_SCORE - 0.05) });
    expect(looks.at(-1)).toEqual(letterboxRegion(720, 1280));
  });

  it('starts from the whole frame when the frame size changes (a turned phone, another camera)', async () => {
    const { detect, looks } = standIn();
    await detect({ width: 720, height: 1280, person: standingPerson(0.9) });
    await detect({ width: 1280, height: 720, person: standingPerson(0.1) });
    expect(looks.at(-1)).toEqual(letterboxRegion(1280, 720));
  });

  it('does not run the model on a frame without a size (a video before its first frame)', async () => {
    const { detect, looks } = standIn();
    const pose = await detect({ width: 0, height: 0, person: standingPerson(0.9) });
    expect(pose.keypoints).toEqual([]);
    expect(looks).toEqual([]);
  });
});
