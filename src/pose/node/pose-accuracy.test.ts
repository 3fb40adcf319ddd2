/**
 * The whole Node pipeline on real recordings: ffmpeg, the model on every core, then the form check.
 * Pinned to the reference keypoints that come with the squat video (BlazePose, in its pixels).
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeFrames } from '../../core/form/analyzer.ts';
import { jointAngle } from '../../core/form/geometry.ts';
import { VALGUS_CUE_DEGREES } from '../../core/form/rep-result.ts';
import {
  assertFfmpegInstalled,
  DANCING_VIDEO,
  hasMedia,
  SQUATS_REFERENCE,
  SQUATS_VIDEO,
} from './media.test-support.ts';
import { detectVideoPoses } from './video-poses.ts';

/** Within this many degrees of the reference at each completed rep's bottom. */
const BOTTOM_TOLERANCE_DEGREES = 15;
const SQUAT_FRAME_MS = 200;

type Landmarks = [number, number, number][];

/** Mean of both knees' hip–knee–ankle angle in the picture (BlazePose 23/25/27 left, 24/26/28 right). */
function referenceKneeAngle(landmarks: Landmarks): number {
  const angle = (hip: number, knee: number, ankle: number) => {
    const [hx, hy] = landmarks[hip] as number[];
    const [kx, ky] = landmarks[knee] as number[];
    const [ax, ay] = landmarks[ankle] as number[];
    return jointAngle(hx as number, hy as number, kx as number, ky as number, ax as number, ay as number);
  };
  return (angle(23, 25, 27) + angle(24, 26, 28)) / 2;
}

/** The reference's deepest knee angle between two times. */
function referenceBottom(reference: Landmarks[], fromMs: number, toMs: number): number {
  const angles = reference
    .filter((_, index) => index * SQUAT_FRAME_MS >= fromMs && index * SQUAT_FRAME_MS <= toMs)
    .map(referenceKneeAngle);
  return Math.min(...angles);
}

beforeAll(assertFfmpegInstalled);

describe.skipIf(!hasMedia(SQUATS_VIDEO, SQUATS_REFERENCE))(
  'front-view squats from the video (needs ../shared/media/pose_squats.mp4 and pose_squats.full.json)',
  () => {
    let summary: ReturnType<typeof analyzeFrames>;
    beforeAll(async () => {
      const { video, poses } = await detectVideoPoses(SQUATS_VIDEO, { workers: 2 });
      summary = analyzeFrames(poses, {
        exercise: 'squat',
        frameWidth: video.width,
        frameHeight: video.height,
      });
    }, 120_000);

    it('counts exactly 2 completed reps and reports the cut-off third as partial', () => {
      expect(summary.view).toBe('front');
      expect(summary.reps.map((rep) => rep.isComplete)).toEqual([true, true, false]);
      expect([summary.completedReps, summary.partialReps]).toEqual([2, 1]);
    });

    it(`reads each completed rep's bottom knee angle within ${BOTTOM_TOLERANCE_DEGREES}° of the reference keypoints`, () => {
      const reference = JSON.parse(readFileSync(SQUATS_REFERENCE, 'utf8')) as Landmarks[];
      for (const rep of summary.reps) {
        const truth = referenceBottom(reference, rep.startMs, rep.endMs);
        console.log(
          `rep ${rep.number} (${rep.isComplete ? 'complete' : 'partial'}): knee at the bottom ` +
            `${rep.turnImageAngle.toFixed(1)}° in the picture, reference ${truth.toFixed(1)}°, ` +
            `off by ${(rep.turnImageAngle - truth).toFixed(1)}°; depth-corrected ${rep.turnAngle.toFixed(1)}°, level ${rep.level}`,
        );
        if (rep.isComplete)
          expect(Math.abs(rep.turnImageAngle - truth)).toBeLessThan(BOTTOM_TOLERANCE_DEGREES);
      }
    });

    it('flags no valgus: the band keeps her knees outside her ankles', () => {
      expect(summary.faults).not.toContain('knees-caving');
      for (const rep of summary.reps) {
        expect(rep.faults).not.toContain('knees-caving');
        expect(rep.maxValgus).toBeLessThan(VALGUS_CUE_DEGREES);
      }
    });
  },
);

describe.skipIf(!hasMedia(DANCING_VIDEO))('someone dancing (needs ../shared/media/pose_1.mp4)', () => {
  it('gives no completed good squat reps, though the person is seen throughout', async () => {
    const { video, poses } = await detectVideoPoses(DANCING_VIDEO, { workers: 2 });
    const summary = analyzeFrames(poses, {
      exercise: 'squat',
      frameWidth: video.width,
      frameHeight: video.height,
    });
    console.log(
      `dancing: ${summary.framesWithPerson} of ${summary.framesAnalyzed} frames with a person, ` +
        `${summary.completedReps} completed reps, ${summary.goodReps} good, ${summary.partialReps} partial`,
    );
    expect(summary.framesWithPerson).toBeGreaterThan(100);
    expect(summary.goodReps).toBe(0);
  }, 120_000);
});
