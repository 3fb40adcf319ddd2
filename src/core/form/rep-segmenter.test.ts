import { describe, expect, it } from 'vitest';
import { createRepSegmenter, type RepSpan } from './rep-segmenter.ts';
import { seededRandom } from './synthetic-recording.test-support.ts';

/** Feeds an excursion curve sampled at `fps`; returns the reps, including one left under way at the end. */
function segment(curve: (t: number) => number, durationMs: number, fps = 30, jitter = 0): RepSpan[] {
  const segmenter = createRepSegmenter();
  const reps: RepSpan[] = [];
  for (let t = 0; t <= durationMs; t += 1000 / fps) {
    const span = segmenter.update(t, curve(t), jitter);
    if (span !== null) reps.push(span);
  }
  const last = segmenter.finish();
  if (last !== null) reps.push(last);
  return reps;
}

/** Standing for a second, then smooth reps of `depth` degrees lasting `repMs`, with `pauseMs` between. */
function reps(count: number, depth: number, repMs: number, pauseMs = 500) {
  return (t: number): number => {
    const into = (t - 1000) % (repMs + pauseMs);
    const index = Math.floor((t - 1000) / (repMs + pauseMs));
    if (t < 1000 || index >= count || into > repMs) return 0;
    return (depth * (1 - Math.cos((2 * Math.PI * into) / repMs))) / 2;
  };
}

describe('rep segmentation', () => {
  it('counts down-and-up reps, each with its turn in the middle', () => {
    const found = segment(reps(3, 60, 2000), 9000);
    expect(found.map((rep) => rep.isComplete)).toEqual([true, true, true]);
    expect(found.map((rep) => Math.round(rep.turnMs))).toEqual([2000, 4500, 7000]);
    expect(found.every((rep) => rep.peakExcursion > 59)).toBe(true);
  });

  it('reports a rep that went down and never came back up as partial, never as done', () => {
    // Cut off on the way up, three-quarters of the way down still.
    const cutOff = (t: number) => (t < 2300 ? reps(1, 60, 2000)(t) : 45);
    const found = segment(cutOff, 4000);
    expect(found).toHaveLength(1);
    expect(found[0]?.isComplete).toBe(false);
  });

  it('treats coming halfway up and going down again as an unfinished rep, then a new one', () => {
    const curve = (t: number) => {
      if (t < 1000) return 0;
      if (t < 2000) return 60 * ((t - 1000) / 1000); // down
      if (t < 2800) return 60 - 32 * ((t - 2000) / 800); // halfway up (to 28)
      if (t < 3800) return 28 + 32 * ((t - 2800) / 1000); // down again
      if (t < 4800) return 60 - 60 * ((t - 3800) / 1000); // and all the way up
      return 0;
    };
    const found = segment(curve, 6000);
    expect(found.map((rep) => rep.isComplete)).toEqual([false, true]);
  });

  it('keeps a wobble at the bottom within one rep (hysteresis)', () => {
    const wobbly = (t: number) => reps(1, 60, 3000)(t) + (t > 2000 && t < 3000 ? 5 * Math.sin(t / 40) : 0);
    expect(segment(wobbly, 5000).map((rep) => rep.isComplete)).toEqual([true]);
  });

  it('does not count jitter, a quick dip or a landing as reps (dwell and minimum durations)', () => {
    const random = seededRandom(3);
    expect(segment(() => (random() - 0.5) * 6, 10_000)).toEqual([]);
    expect(segment(reps(1, 40, 300), 3000)).toEqual([]);
  });

  it('widens every threshold on a jittery view: the same small movement is a rep only on a steady one', () => {
    expect(segment(reps(1, 12, 2000), 4000, 30, 0)).toHaveLength(1);
    expect(segment(reps(1, 12, 2000), 4000, 30, 4)).toHaveLength(0);
    const segmenter = createRepSegmenter();
    segmenter.update(0, 0, 4);
    expect(segmenter.isDeepEnough(12, true)).toBe(false);
    segmenter.update(33, 0, 0);
    expect(segmenter.isDeepEnough(12, true)).toBe(true);
    expect(segmenter.isDeepEnough(12, false)).toBe(false);
  });

  it('segments alike at 5 and at 60 frames per second', () => {
    for (const fps of [5, 60]) {
      expect(segment(reps(4, 50, 1200), 8000, fps).filter((rep) => rep.isComplete)).toHaveLength(4);
    }
  });

  it('gives up a rep as partial when the member is gone from the picture mid-rep', () => {
    const segmenter = createRepSegmenter();
    for (let t = 0; t <= 1500; t += 33) segmenter.update(t, t < 1000 ? 0 : 50, 0);
    const span = segmenter.update(5000, 0, 0);
    expect(span?.isComplete).toBe(false);
    expect(segmenter.phase()).toBe('ready');
  });
});
