/**
 * `npm run analyze` as a person runs it: a real process, real ffmpeg, the real model on every core.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  assertFfmpegInstalled,
  hasMedia,
  makeAudioOnlyFile,
  makeEmptyVideo,
  SQUATS_VIDEO,
} from '../pose/node/media.test-support.ts';

const CLI = fileURLToPath(new URL('./analyze-video.ts', import.meta.url));
const scratch = mkdtempSync(path.join(tmpdir(), 'backstrong-analyze-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
beforeAll(assertFfmpegInstalled);

function analyze(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk;
    });
    child.once('error', reject);
    child.once('close', (code) => resolve({ code: code ?? 1, stdout, stderr }));
  });
}

describe.skipIf(!hasMedia(SQUATS_VIDEO))(
  'analysing the squat video (needs ../shared/media/pose_squats.mp4)',
  () => {
    it('prints the reps as JSON: 2 completed, the cut-off third partial', async () => {
      const { code, stdout } = await analyze(SQUATS_VIDEO, '--exercise', 'squat', '--json');
      expect(code).toBe(0);
      const report = JSON.parse(stdout);
      expect(report).toMatchObject({
        exercise: 'squat',
        view: 'front',
        fps: 5,
        frames: 65,
        measuredAngle: 'knee',
      });
      expect(report.reps.map((rep: { complete: boolean }) => rep.complete)).toEqual([true, true, false]);
      expect([report.completedReps, report.partialReps, report.warnings]).toEqual([2, 1, []]);
      expect(report.reps[0]).toEqual(
        expect.objectContaining({
          start: expect.any(Number),
          end: expect.any(Number),
          turnAngle: expect.any(Number),
        }),
      );
    }, 60_000);

    it('prints a table a person reads, with the set at the end', async () => {
      const { code, stdout } = await analyze(SQUATS_VIDEO, '--exercise', 'squat', '--workers', '1');
      expect(code).toBe(0);
      expect(stdout).toMatch(/pose_squats\.mp4: 720×1280, 5 fps, 65 frames/);
      expect(stdout).toMatch(/^3\s+partial/m);
      expect(stdout).toMatch(/Set: 2 completed reps \(\d good\), 1 partial/);
    }, 60_000);
  },
);

describe('refusing what it cannot analyse', () => {
  it('says nobody was found in a video without a person, instead of counting 0 reps', async () => {
    const empty = makeEmptyVideo(path.join(scratch, 'empty-room.mp4'));
    const { code, stdout, stderr } = await analyze(empty, '--exercise', 'squat', '--json');
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/empty-room\.mp4: Nobody was found in the video/);
  }, 60_000);

  it('names a missing file, a file without video and a file that is not a video', async () => {
    const audio = makeAudioOnlyFile(path.join(scratch, 'voice-note.m4a'));
    const junk = path.join(scratch, 'notes.mp4');
    writeFileSync(junk, 'these are not pictures');
    const missing = await analyze(path.join(scratch, 'gone.mp4'), '--exercise', 'squat');
    expect([missing.code, missing.stderr]).toEqual([1, expect.stringMatching(/Cannot open .*gone\.mp4/)]);
    const soundOnly = await analyze(audio, '--exercise', 'squat');
    expect([soundOnly.code, soundOnly.stderr]).toEqual([
      1,
      expect.stringMatching(/voice-note\.m4a has no video stream/),
    ]);
    const notVideo = await analyze(junk, '--exercise', 'squat');
    expect([notVideo.code, notVideo.stderr]).toEqual([
      1,
      expect.stringMatching(/Cannot read .*notes\.mp4 as a video/),
    ]);
  }, 60_000);

  it('shows the usage for a missing or unknown exercise', async () => {
    const { code, stderr } = await analyze('video.mp4', '--exercise', 'deadlift');
    expect(code).toBe(2);
    expect(stderr).toMatch(/--exercise must be one of: glute-bridge, squat/);
    expect(stderr).toMatch(/Usage: npm run analyze/);
  });
});
