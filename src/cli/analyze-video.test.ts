/**
 * `npm run analyze` as a person runs it: a real process, real ffmpeg, the real model on every core.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
    it('prints the reps as JSON with the issue’s fields: 2 completed, the cut-off third partial', async () => {
      const { code, stdout } = await analyze(
        SQUATS_VIDEO,
        '--exercise',
        'squat',
        '--view',
        'front',
        '--json',
      );
      expect(code).toBe(0);
      const report = JSON.parse(stdout);
      expect(Object.keys(report)).toEqual([
        'exercise',
        'view',
        'fps',
        'frames',
        'reps',
        'completedReps',
        'partialReps',
        'warnings',
      ]);
      expect(report).toMatchObject({ exercise: 'squat', view: 'front', fps: 5, frames: 65 });
      expect(report.reps.map((rep: { complete: boolean }) => rep.complete)).toEqual([true, true, false]);
      expect([report.completedReps, report.partialReps, report.warnings]).toEqual([2, 1, []]);
      for (const rep of report.reps) {
        expect(rep).toEqual({
          start: expect.any(Number),
          end: expect.any(Number),
          bottomKneeAngle: expect.any(Number),
          level: expect.any(Number),
          valgus: expect.any(Number),
          // Only a side view shows the trunk's lean.
          trunkLean: null,
          complete: expect.any(Boolean),
        });
        // Seconds into the 13-second video, not milliseconds.
        expect(rep.start).toBeLessThan(rep.end);
        expect(rep.end).toBeLessThanOrEqual(13);
      }
      expect(report.reps[0].bottomKneeAngle).toBeLessThan(130);
    }, 60_000);

    it('prints a table a person reads, with the set at the end', async () => {
      const { code, stdout } = await analyze(SQUATS_VIDEO, '--exercise', 'squat', '--workers', '1');
      expect(code).toBe(0);
      expect(stdout).toMatch(/pose_squats\.mp4: 720×1280, 5 fps, 65 frames/);
      // The view found in the video, as none was given.
      expect(stdout).toMatch(/^Squat, front view$/m);
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
    for (const result of await Promise.all([
      analyze(path.join(scratch, 'gone.mp4'), '--exercise', 'squat', '--json'),
      analyze(audio, '--exercise', 'squat', '--json'),
      analyze(junk, '--exercise', 'squat', '--json'),
    ])) {
      // Nothing on standard output that a script could mistake for a result.
      expect([result.code, result.stdout]).toEqual([1, '']);
    }
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

  it('names a folder given for a video, and a recording cut off before its index', async () => {
    const folder = path.join(scratch, 'videos');
    mkdirSync(folder);
    const whole = readFileSync(makeEmptyVideo(path.join(scratch, 'whole.mp4')));
    const cut = path.join(scratch, 'cut-off.mp4');
    writeFileSync(cut, whole.subarray(0, Math.floor(whole.length / 2)));
    const fromFolder = await analyze(folder, '--exercise', 'squat');
    expect([fromFolder.code, fromFolder.stderr]).toEqual([
      1,
      expect.stringMatching(/Cannot read .*videos as a video/),
    ]);
    const fromCut = await analyze(cut, '--exercise', 'squat');
    expect([fromCut.code, fromCut.stderr]).toEqual([
      1,
      expect.stringMatching(/Cannot read .*cut-off\.mp4 as a video/),
    ]);
  }, 60_000);

  it('shows the usage for a missing or unknown exercise', async () => {
    const { code, stderr } = await analyze('video.mp4', '--exercise', 'deadlift');
    expect(code).toBe(2);
    expect(stderr).toMatch(/--exercise must be one of: glute-bridge, squat/);
    expect(stderr).toMatch(/Usage: npm run analyze/);
  });
});
