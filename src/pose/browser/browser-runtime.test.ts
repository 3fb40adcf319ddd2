/**
 * The browser pose runtime in a real browser (headless Chromium, WASM: this machine has no GPU), fed
 * from the real squat video as a recording and as a fake camera, with the form check on the page.
 */
import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jointAngle } from '../../core/form/geometry.ts';
import {
  assertFfmpegInstalled,
  hasMedia,
  MEDIA_DIRECTORY,
  SQUATS_REFERENCE,
  SQUATS_VIDEO,
} from '../node/media.test-support.ts';
import { type ChromiumHarness, openChromiumHarness } from './harness/chromium-harness.ts';
import { defaultWasmThreads } from './wasm-threads.ts';

const BOTTOM_TOLERANCE_DEGREES = 15;

/** The reference's deepest mean knee angle (BlazePose 23/25/27, 24/26/28) between two times, 5 fps. */
function referenceBottom(fromMs: number, toMs: number): number {
  const frames = JSON.parse(readFileSync(SQUATS_REFERENCE, 'utf8')) as number[][][];
  const knee = (landmarks: number[][], hip: number, joint: number, ankle: number) => {
    const [hx, hy, kx, ky, ax, ay] = [hip, joint, ankle].flatMap(
      (index) => landmarks[index]?.slice(0, 2) ?? [],
    );
    return jointAngle(hx as number, hy as number, kx as number, ky as number, ax as number, ay as number);
  };
  return Math.min(
    ...frames
      .filter((_, index) => index * 200 >= fromMs && index * 200 <= toMs)
      .map((landmarks) => (knee(landmarks, 23, 25, 27) + knee(landmarks, 24, 26, 28)) / 2),
  );
}

describe.skipIf(!hasMedia(SQUATS_VIDEO, SQUATS_REFERENCE))(
  'the pose runtime in Chromium (needs ../shared/media/pose_squats.mp4 and pose_squats.full.json)',
  () => {
    let harness: ChromiumHarness;
    beforeAll(async () => {
      assertFfmpegInstalled();
      if (!existsSync('/usr/bin/chromium'))
        throw new Error('This test needs Chromium: sudo apt-get install chromium');
      harness = await openChromiumHarness(SQUATS_VIDEO, MEDIA_DIRECTORY);
    }, 120_000);
    afterAll(() => harness?.close());

    it('counts the recording as Node does: 2 completed reps, the third partial, bottoms near the reference', async () => {
      const result = await harness.run({
        source: 'recording',
        recording: SQUATS_VIDEO,
        isInWorker: false,
        isIsolated: false,
        seconds: 30,
      });
      expect(result.backend).toBe('wasm');
      // Recording pace slows the video to the model's speed; a busy machine may still skip a few frames.
      expect(result.frames).toBeGreaterThan(0.8 * 65);
      expect(result.reps.map((rep) => rep.isComplete)).toEqual([true, true, false]);
      for (const rep of result.reps) {
        const truth = referenceBottom(rep.startMs, rep.endMs);
        console.log(
          `Chromium, rep (${rep.isComplete ? 'complete' : 'partial'}): knee ${rep.turnImageAngle.toFixed(1)}° ` +
            `in the picture, reference ${truth.toFixed(1)}°; ${result.frames} of 65 frames analysed`,
        );
        if (rep.isComplete)
          expect(Math.abs(rep.turnImageAngle - truth)).toBeLessThan(BOTTOM_TOLERANCE_DEGREES);
      }
    }, 120_000);

    it('follows the camera live with the model in a Web Worker, finding the person in every frame', async () => {
      const result = await harness.run({ source: 'camera', isInWorker: true, isIsolated: true, seconds: 3 });
      expect(result.isCrossOriginIsolated).toBe(true);
      expect(result.frameSize).toBe('360×640');
      expect(result.frames).toBeGreaterThan(10);
      expect(result.framesWithPerson).toBe(result.frames);
    }, 120_000);

    // The thread count is read back from the backend (getThreadsCount), not what was asked for.
    it('runs the worker’s model on one WASM thread per core when the page is cross-origin isolated', async () => {
      const result = await harness.run({ source: 'camera', isInWorker: true, isIsolated: true, seconds: 2 });
      expect(result.isCrossOriginIsolated).toBe(true);
      expect(result.backend).toBe('wasm');
      expect(result.threads).toBe(defaultWasmThreads(availableParallelism()));
      if (availableParallelism() > 1) expect(result.threads).toBeGreaterThan(1);
      expect(result.framesWithPerson).toBe(result.frames);
    }, 120_000);

    it('falls back to one WASM thread in the worker when the page is not isolated, and still finds the person', async () => {
      const result = await harness.run({ source: 'camera', isInWorker: true, isIsolated: false, seconds: 2 });
      expect(result.isCrossOriginIsolated).toBe(false);
      expect(result.backend).toBe('wasm');
      expect(result.threads).toBe(1);
      expect(result.frames).toBeGreaterThan(5);
      expect(result.framesWithPerson).toBe(result.frames);
    }, 120_000);
  },
);
