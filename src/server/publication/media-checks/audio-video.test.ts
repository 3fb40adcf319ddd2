import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkAudio, checkVideo } from './audio-video.ts';

// Small committed files made once with espeak-ng and ffmpeg (see fixtures/README.md).
const fixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`./fixtures/${name}`, import.meta.url)));

describe('checkAudio', () => {
  it('reads an MP3 and its duration from the file', async () => {
    const result = await checkAudio(fixture('speech.mp3'));
    expect(result).toMatchObject({ ok: true, file: { contentType: 'audio/mpeg', extension: 'mp3' } });
    expect(result.ok && result.file.durationSeconds).toBeCloseTo(3.29, 1);
  });

  it('reads an M4A (AAC)', async () => {
    const result = await checkAudio(fixture('speech.m4a'));
    expect(result).toMatchObject({ ok: true, file: { contentType: 'audio/mp4', extension: 'm4a' } });
    expect(result.ok && result.file.durationSeconds).toBeCloseTo(3.29, 1);
  });

  it('refuses Opus audio, a video, and text named like audio', async () => {
    expect(await checkAudio(fixture('speech.ogg'))).toMatchObject({
      ok: false,
      problem: expect.stringContaining('must be MP3 or M4A (AAC)'),
    });
    expect(await checkAudio(fixture('clip.mp4'))).toEqual({
      ok: false,
      problem: 'This is a video, but episode audio must be MP3 or M4A (AAC).',
    });
    expect((await checkAudio(new TextEncoder().encode('WEBVTT\n\n00:00.000 --> 00:01.000\nhi'))).ok).toBe(
      false,
    );
  });
});

describe('checkVideo', () => {
  it('reads an H.264 + AAC MP4 and its duration', async () => {
    const result = await checkVideo(fixture('clip.mp4'));
    expect(result).toMatchObject({ ok: true, file: { contentType: 'video/mp4', extension: 'mp4' } });
    expect(result.ok && result.file.durationSeconds).toBeCloseTo(2.05, 1);
  });

  it('refuses audio-only files as video', async () => {
    expect(await checkVideo(fixture('speech.m4a'))).toMatchObject({
      ok: false,
      problem: expect.stringContaining('without a video track'),
    });
    expect((await checkVideo(fixture('speech.mp3'))).ok).toBe(false);
  });
});
