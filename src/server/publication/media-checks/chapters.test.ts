import { describe, expect, it } from 'vitest';
import { checkChapters } from './chapters.ts';

const bytesOf = (value: unknown) =>
  new TextEncoder().encode(typeof value === 'string' ? value : JSON.stringify(value));

describe('checkChapters', () => {
  it('accepts Podcasting 2.0 chapters and stores them as JSON chapters', () => {
    const result = checkChapters(
      bytesOf({
        version: '1.2.0',
        chapters: [
          { startTime: 0, title: 'Welcome' },
          { startTime: 62.5, endTime: 300, title: 'The hip hinge', url: 'https://example.org/hinge' },
        ],
      }),
    );
    expect(result).toMatchObject({
      ok: true,
      file: { contentType: 'application/json+chapters', extension: 'json' },
    });
  });

  it('refuses chapters out of order, naming the chapter', () => {
    const result = checkChapters(
      bytesOf({
        version: '1.2.0',
        chapters: [
          { startTime: 10, title: 'Two' },
          { startTime: 5, title: 'One' },
        ],
      }),
    );
    expect(result).toEqual({ ok: false, problem: 'Chapter 2 (“One”) starts before the chapter above it.' });
  });

  it('refuses a missing title, a negative time, a missing version and non-JSON', () => {
    const noTitle = checkChapters(bytesOf({ version: '1.2.0', chapters: [{ startTime: 0 }] }));
    expect(noTitle).toMatchObject({ ok: false, problem: expect.stringContaining('chapters.0.title') });
    expect(checkChapters(bytesOf({ version: '1.2.0', chapters: [{ startTime: -1, title: 'x' }] })).ok).toBe(
      false,
    );
    expect(checkChapters(bytesOf({ chapters: [{ startTime: 0, title: 'x' }] })).ok).toBe(false);
    expect(checkChapters(bytesOf('WEBVTT\n\n00:00.000 --> 00:01.000\nhi')).ok).toBe(false);
  });
});
