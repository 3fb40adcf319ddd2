import { describe, expect, it } from 'vitest';
import { angleFromUpright, depthFromForeshortening, jointAngle, jointAngleFromFront } from './geometry.ts';

describe('joint angles in the picture', () => {
  it('reads a straight leg as 180° and a right angle as 90°', () => {
    expect(jointAngle(0, 0, 0, 1, 0, 2)).toBeCloseTo(180);
    expect(jointAngle(0, 0, 0, 1, 1, 1)).toBeCloseTo(90);
  });

  it('gives NaN for a missing keypoint or a zero-length segment', () => {
    expect(jointAngle(Number.NaN, 0, 0, 1, 0, 2)).toBeNaN();
    expect(jointAngle(0, 1, 0, 1, 0, 2)).toBeNaN();
  });

  it('measures trunk lean from upright in either facing direction', () => {
    expect(angleFromUpright(0, 10, 0, 0)).toBeCloseTo(0);
    expect(angleFromUpright(0, 10, 10, 0)).toBeCloseTo(45);
    expect(angleFromUpright(0, 10, -10, 0)).toBeCloseTo(45);
  });
});

describe('knee angle from the front', () => {
  /** A knee bent to `angle` straight towards the camera: thigh and shin lean forward by half each. */
  function frontView(angle: number): number {
    const lean = ((180 - angle) / 2) * (Math.PI / 180);
    const kneeY = 100 * Math.cos(lean);
    return jointAngleFromFront(0, 0, 0, kneeY, 0, 2 * kneeY, 100, 100);
  }

  it('recovers the bend the picture hides, from how short thigh and shin look', () => {
    // In the picture hip, knee and ankle stay on one vertical line: 180° whatever the bend.
    expect(jointAngle(0, 0, 0, 50, 0, 100)).toBeCloseTo(180);
    for (const angle of [150, 120, 90, 70]) expect(frontView(angle)).toBeCloseTo(angle, 5);
  });

  it('reads no depth from a segment that jitter made look longer than it is', () => {
    expect(depthFromForeshortening(101, 100)).toBe(0);
    expect(depthFromForeshortening(60, 100)).toBeCloseTo(80);
  });
});
