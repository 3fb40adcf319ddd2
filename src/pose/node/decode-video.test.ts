import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeVideoFrames } from './decode-video.ts';
import {
  assertFfmpegInstalled,
  ffmpeg,
  hasMedia,
  makeAudioOnlyFile,
  SQUATS_VIDEO,
} from './media.test-support.ts';
import { probeVideo, VideoError } from './probe-video.ts';
import { decodeRange, isInPart, splitVideo } from './video-parts.ts';

const scratch = mkdtempSync(path.join(tmpdir(), 'backstrong-decode-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
beforeAll(assertFfmpegInstalled);

async function timestamps(frames: AsyncIterable<{ timestampMs: number }>): Promise<number[]> {
  const times: number[] = [];
  for await (const frame of frames) times.push(frame.timestampMs);
  return times;
}

describe.skipIf(!hasMedia(SQUATS_VIDEO))(
  'decoding the squat video (needs ../shared/media/pose_squats.mp4)',
  () => {
    it('reads its size, frame rate and length', async () => {
      const video = await probeVideo(SQUATS_VIDEO);
      expect(video).toMatchObject({ width: 720, height: 1280, fps: 5, frameCount: 65, durationSeconds: 13 });
    });

    it('gives every frame, scaled down to the longest side asked for, with its time stamp', async () => {
      const video = await probeVideo(SQUATS_VIDEO);
      const sizes = new Set<string>();
      const times: number[] = [];
      for await (const frame of decodeVideoFrames(video, { maxSide: 640 })) {
        sizes.add(`${frame.width}×${frame.height}`);
        expect(frame.data.length).toBe(frame.width * frame.height * 3);
        times.push(frame.timestampMs);
      }
      expect([...sizes]).toEqual(['360×640']);
      expect(times).toEqual(Array.from({ length: 65 }, (_, index) => index * 200));
    });

    it('cuts the video into parts that together hold every frame exactly once', async () => {
      const video = await probeVideo(SQUATS_VIDEO);
      const whole = await timestamps(decodeVideoFrames(video, { maxSide: 64 }));
      const parts = splitVideo(video, 3);
      const inParts = await Promise.all(
        parts.map(async (part) => {
          const read = await timestamps(
            decodeVideoFrames(video, { ...decodeRange(video, part), maxSide: 64 }),
          );
          // The lead-in and the margin are read too, but belong to the neighbouring parts.
          expect(read.length).toBeGreaterThan(read.filter((time) => isInPart(part, time)).length);
          return read.filter((time) => isInPart(part, time));
        }),
      );
      expect(inParts.map((times) => times.length)).toEqual([22, 21, 22]);
      expect(inParts.flat()).toEqual(whole);
    });
  },
);

describe('reading videos made for the test', () => {
  it('turns a phone recording upright, as it is shown', async () => {
    const flat = path.join(scratch, 'flat.mp4');
    const turned = path.join(scratch, 'turned.mp4');
    ffmpeg('-f', 'lavfi', '-i', 'testsrc2=s=64x32:r=10:d=1', '-pix_fmt', 'yuv420p', flat);
    ffmpeg('-i', flat, '-c', 'copy', '-metadata:s:v:0', 'rotate=90', turned);
    const video = await probeVideo(turned);
    expect([video.width, video.height]).toEqual([32, 64]);
    for await (const frame of decodeVideoFrames(video)) expect([frame.width, frame.height]).toEqual([32, 64]);
  });

  it('refuses a missing file, a file without pictures and a file that is not a video, saying which', async () => {
    const audio = makeAudioOnlyFile(path.join(scratch, 'tone.m4a'));
    const junk = path.join(scratch, 'junk.mp4');
    writeFileSync(junk, 'not a video');
    await expect(probeVideo(path.join(scratch, 'missing.mp4'))).rejects.toThrow(/Cannot open .*missing\.mp4/);
    await expect(probeVideo(audio)).rejects.toThrow(/tone\.m4a has no video stream/);
    await expect(probeVideo(junk)).rejects.toThrow(/Cannot read .*junk\.mp4 as a video/);
    await expect(probeVideo(junk)).rejects.toBeInstanceOf(VideoError);
  });

  it('says how to install ffmpeg when it is not there', async () => {
    const anyFile = path.join(scratch, 'any.mp4');
    writeFileSync(anyFile, '');
    const savedPath = process.env.PATH;
    process.env.PATH = path.join(scratch, 'no-tools-here');
    try {
      await expect(probeVideo(anyFile)).rejects.toThrow(/ffmpeg is not installed.*apt-get install ffmpeg/);
    } finally {
      process.env.PATH = savedPath;
    }
  });
});
