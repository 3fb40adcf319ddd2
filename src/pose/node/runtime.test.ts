/**
 * The real model on the WASM backend, frame after frame: nothing may pile up in TensorFlow.js's memory,
 * or a long live session would slow down and crash.
 */
import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PackedImage } from '../packed-image-reader.ts';
import { decodeVideoFrames } from './decode-video.ts';
import { startNodePoseRuntime } from './index.ts';
import { assertFfmpegInstalled, hasMedia, SQUATS_VIDEO } from './media.test-support.ts';
import { probeVideo } from './probe-video.ts';

const FRAMES = 1000;

beforeAll(assertFfmpegInstalled);

async function squatFrames(): Promise<PackedImage[]> {
  const frames: PackedImage[] = [];
  for await (const frame of decodeVideoFrames(await probeVideo(SQUATS_VIDEO), { maxSide: 640 })) {
    frames.push({ ...frame, data: frame.data.slice() });
  }
  return frames;
}

describe.skipIf(!hasMedia(SQUATS_VIDEO))(
  'the pose runtime in Node (needs ../shared/media/pose_squats.mp4)',
  () => {
    it(`keeps the tensor count flat over ${FRAMES} frames, with the person found, followed and lost`, async () => {
      const runtime = await startNodePoseRuntime();
      const detector = runtime.createDetector();
      const squats = await squatFrames();
      const first = squats[0] as PackedImage;
      // Every seventh frame is black: the person is lost and found again, so every path runs.
      const black: PackedImage = { ...first, data: new Uint8Array(first.data.length) };
      const frameAt = (index: number) =>
        index % 7 === 6 ? black : (squats[index % squats.length] as PackedImage);
      const counts: number[] = [];
      let found = 0;
      for (let index = 0; index < FRAMES; index++) {
        const pose = await detector.detect(frameAt(index), index * 33);
        if (pose.keypoints.length > 0) found++;
        counts.push(tf.memory().numTensors);
      }
      expect(found).toBeGreaterThan(FRAMES * 0.8);
      expect(found).toBeLessThan(FRAMES);
      expect(new Set(counts.slice(10))).toEqual(new Set([counts[10]]));
      expect(Math.max(...counts)).toBe(counts[0]);
    }, 240_000);
  },
);
