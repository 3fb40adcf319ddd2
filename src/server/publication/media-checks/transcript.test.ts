import { describe, expect, it } from 'vitest';
import { checkTranscript } from './transcript.ts';

const bytesOf = (text: string) => new TextEncoder().encode(text);

describe('checkTranscript', () => {
  it('reads a WebVTT transcript and keeps its words without tags', () => {
    const result = checkTranscript(
      bytesOf(
        'WEBVTT\n\nNOTE made by hand\n\n00:00.000 --> 00:02.500\n<v Ana>Hello and welcome.\n\n00:02.500 --> 01:00:03.000 align:start\nToday: the hip hinge.\n',
      ),
    );
    expect(result).toMatchObject({ ok: true, file: { contentType: 'text/vtt', extension: 'vtt' } });
    expect(result.ok && result.file.text).toBe('Hello and welcome.\nToday: the hip hinge.');
  });

  it('reads an SRT transcript', () => {
    const result = checkTranscript(
      bytesOf(
        '1\r\n00:00:00,000 --> 00:00:02,000\r\nFirst line\r\n\r\n2\r\n00:00:02,000 --> 00:00:04,000\r\nSecond\r\n',
      ),
    );
    expect(result).toMatchObject({
      ok: true,
      file: { contentType: 'application/x-subrip', text: 'First line\nSecond' },
    });
  });

  it('refuses a cue that ends before it starts, quoting it', () => {
    const result = checkTranscript(bytesOf('WEBVTT\n\n00:00:05.000 --> 00:00:04.000\nBackwards\n'));
    expect(result).toEqual({
      ok: false,
      problem:
        'This WebVTT transcript has a cue that ends before it starts: “00:00:05.000 --> 00:00:04.000”.',
    });
  });

  it('refuses timings that cannot be read and cues out of order', () => {
    expect(checkTranscript(bytesOf('WEBVTT\n\n00:00:61.000 --> 00:01:04.000\nBad\n')).ok).toBe(false);
    const outOfOrder = checkTranscript(
      bytesOf('WEBVTT\n\n00:10.000 --> 00:11.000\nB\n\n00:01.000 --> 00:02.000\nA\n'),
    );
    expect(outOfOrder).toMatchObject({ ok: false, problem: expect.stringContaining('out of order') });
  });

  it('refuses something that is not a transcript, whatever its name said', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expect(checkTranscript(png).ok).toBe(false);
    expect(checkTranscript(bytesOf('Just some notes\nwith no timings')).ok).toBe(false);
    expect(checkTranscript(bytesOf('WEBVTT\n')).ok).toBe(false);
  });
});
