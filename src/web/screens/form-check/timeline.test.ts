import { describe, expect, it } from 'vitest';
import { timelineSpan, timeRangeWords } from './timeline.ts';

describe('timelineSpan', () => {
  it('places a rep by its share of the recording', () => {
    expect(timelineSpan({ startMs: 400, endMs: 3400 }, 13_000)).toEqual({
      left: (100 * 400) / 13_000,
      width: (100 * 3000) / 13_000,
    });
  });

  it('keeps a very short rep wide enough to see, and inside the bar', () => {
    expect(timelineSpan({ startMs: 12_990, endMs: 13_000 }, 13_000)).toEqual({ left: 98.5, width: 1.5 });
  });

  it('clamps a rep that runs past the end of the recording (a frame time after the last)', () => {
    const span = timelineSpan({ startMs: 9400, endMs: 13_200 }, 13_000);
    expect(span.left + span.width).toBeCloseTo(100);
  });

  it('fills the bar when the recording does not say how long it is', () => {
    expect(timelineSpan({ startMs: 0, endMs: 1000 }, Number.NaN)).toEqual({ left: 0, width: 100 });
  });
});

describe('timeRangeWords', () => {
  it('gives seconds to one decimal', () => {
    expect(timeRangeWords({ startMs: 400, endMs: 3400 })).toBe('0.4–3.4 s');
  });
});
