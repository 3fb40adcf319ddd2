import { describe, expect, it } from 'vitest';
import { createRepHistory, SIGNAL } from './rep-history.ts';

/** A rep from 170° down to `bottom` and back over `durationMs`, sampled at `fps` from `phaseMs`. */
function fill(bottom: number, durationMs: number, fps: number, phaseMs = 0, jitter: () => number = () => 0) {
  const history = createRepHistory();
  for (let t = phaseMs; t <= durationMs; t += 1000 / fps) {
    const angle = 170 - ((170 - bottom) * (1 - Math.cos((2 * Math.PI * t) / durationMs))) / 2 + jitter();
    history.push(t, angle, angle, 0, 170 - angle);
  }
  return history;
}

describe('reading a rep from all of its frames', () => {
  it('finds a bottom that fell between two frames at 5 frames per second', () => {
    const history = fill(90, 1000, 5);
    // The frames nearest the bottom (at 400 and 600 ms) read 97.6°; the curve through them knows better.
    const bottom = history.turnValue(SIGNAL.angle, 0, 1000, 500, false);
    expect(Math.abs(bottom - 90)).toBeLessThan(2.5);
  });

  it('averages jitter around the turn instead of taking the most extreme frame', () => {
    let frame = 0;
    const alternating = () => (frame++ % 2 === 0 ? 4 : -4);
    const history = fill(100, 2000, 60, 0, alternating);
    expect(Math.abs(history.turnValue(SIGNAL.angle, 0, 2000, 1000, false) - 100)).toBeLessThan(1.5);
  });

  it('times a rep between the same marks on the way out and back', () => {
    const history = fill(90, 2000, 30);
    const out = 1000 - history.crossing(32, 1000, 0, 'out');
    const back = history.crossing(32, 1000, 2000, 'back') - 1000;
    expect(out).toBeCloseTo(back, -1);
  });

  it('counts valgus only when it is held, not for one jittery frame', () => {
    const history = createRepHistory();
    for (let frame = 0; frame < 60; frame++) history.push(frame * 33, 120, 120, frame === 30 ? 20 : 1, 50);
    expect(history.sustainedValgus(0, 2000, 300)).toBeLessThan(3);
  });
});
