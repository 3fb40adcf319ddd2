import { describe, expect, it } from 'vitest';
import {
  FIGURE_PROPORTIONS,
  figureBox,
  interpolatePose,
  jointAngle,
  measuredAngleOfPose,
  type Point,
  poseToPoints,
} from './figure.ts';
import { EXERCISES } from './index.ts';
import type { FigurePose } from './types.ts';

const standing: FigurePose = { base: 'feet', shin: 90, thigh: 90, trunk: 90 };
const distance = (a: Point, b: Point) => Math.hypot(a.x - b.x, a.y - b.y);

describe('jointAngle', () => {
  it('is 180° for a straight joint and 90° for a right angle', () => {
    expect(jointAngle({ x: 0, y: 0 }, { x: 1, y: 0 }, { x: 2, y: 0 })).toBeCloseTo(180);
    expect(jointAngle({ x: 0, y: 0 }, { x: 1, y: 0 }, { x: 1, y: 5 })).toBeCloseTo(90);
    expect(jointAngle({ x: 2, y: 0 }, { x: 0, y: 0 }, { x: 1, y: 1 })).toBeCloseTo(45);
  });

  it('gives the inner angle whichever way round the segments are', () => {
    const a = { x: 3, y: 1 };
    const b = { x: 0, y: 0 };
    const c = { x: -1, y: 2 };
    expect(jointAngle(a, b, c)).toBeCloseTo(jointAngle(c, b, a));
    expect(jointAngle(a, b, c)).toBeLessThanOrEqual(180);
  });

  it('is not a number when a segment has no length', () => {
    expect(jointAngle({ x: 1, y: 1 }, { x: 1, y: 1 }, { x: 2, y: 2 })).toBeNaN();
  });
});

describe('poseToPoints', () => {
  it('stands a straight figure upright over its ankle, feet on the floor', () => {
    const size = 200;
    const points = poseToPoints(standing, size);
    expect(points.floorY).toBeCloseTo(FIGURE_PROPORTIONS.floorY * size);
    expect(points.toe.y).toBeCloseTo(points.floorY);
    expect(points.toe.x).toBeGreaterThan(points.ankle.x);
    for (const joint of [points.knee, points.hip, points.shoulder, points.head]) {
      expect(joint.x).toBeCloseTo(points.ankle.x);
    }
    expect(points.knee.y).toBeLessThan(points.ankle.y);
    expect(points.hip.y).toBeLessThan(points.knee.y);
    expect(points.shoulder.y).toBeLessThan(points.hip.y);
    expect(points.head.y).toBeLessThan(points.shoulder.y);
  });

  it('keeps segment lengths whatever the angles, scaled by size', () => {
    const size = 300;
    const points = poseToPoints({ base: 'feet', shin: 63, thigh: 151, trunk: 40 }, size);
    expect(distance(points.ankle, points.knee)).toBeCloseTo(FIGURE_PROPORTIONS.shin * size);
    expect(distance(points.knee, points.hip)).toBeCloseTo(FIGURE_PROPORTIONS.thigh * size);
    expect(distance(points.hip, points.shoulder)).toBeCloseTo(FIGURE_PROPORTIONS.trunk * size);
  });

  it('leans forward (towards the toes) for angles under 90° and back for angles over', () => {
    const points = poseToPoints({ base: 'feet', shin: 60, thigh: 150, trunk: 45 }, 1);
    expect(points.knee.x).toBeGreaterThan(points.ankle.x);
    expect(points.hip.x).toBeLessThan(points.knee.x);
    expect(points.shoulder.x).toBeGreaterThan(points.hip.x);
  });

  it('draws the rear leg only for a split stance', () => {
    expect(poseToPoints(standing, 1).rearKnee).toBeUndefined();
    const split = poseToPoints({ ...standing, rearThigh: 270, rearShin: 180 }, 1);
    expect(split.rearKnee?.y).toBeGreaterThan(split.hip.y);
    expect(split.rearAnkle?.x).toBeLessThan(split.rearKnee?.x ?? 0);
    expect(split.rearToe?.y).toBeCloseTo(split.floorY);
  });

  it('lays a lying figure with its head on the floor behind the shoulders', () => {
    const points = poseToPoints({ base: 'back', shin: 135, thigh: 225, trunk: 180 }, 1);
    expect(points.hip.y).toBeCloseTo(points.ankle.y);
    expect(points.shoulder.y).toBeCloseTo(points.ankle.y);
    expect(points.shoulder.x).toBeLessThan(points.hip.x);
    expect(points.head.x).toBeLessThan(points.shoulder.x);
    expect(points.head.y + points.headRadius).toBeCloseTo(points.floorY);
  });

  it('fits every catalogue pose inside its box', () => {
    const size = 100;
    for (const exercise of EXERCISES) {
      for (const range of exercise.levels) {
        for (const pose of [range.startPose, range.endPose]) {
          const { floorY, headRadius, ...rest } = poseToPoints(pose, size);
          for (const point of Object.values(rest)) {
            expect(point.x - headRadius).toBeGreaterThanOrEqual(0);
            expect(point.x + headRadius).toBeLessThanOrEqual(size);
            expect(point.y - headRadius).toBeGreaterThanOrEqual(0);
            expect(point.y).toBeLessThanOrEqual(floorY + 1e-9);
          }
        }
      }
    }
  });
});

describe('measuredAngleOfPose', () => {
  it('reads a straight standing figure as 180° at knee and hip', () => {
    expect(measuredAngleOfPose(standing, 'knee')).toBeCloseTo(180);
    expect(measuredAngleOfPose(standing, 'hip')).toBeCloseTo(180);
  });

  it('reads the knee from the shin and thigh, and the hip from the thigh and trunk', () => {
    const pose: FigurePose = { base: 'feet', shin: 70, thigh: 150, trunk: 60 };
    expect(measuredAngleOfPose(pose, 'knee')).toBeCloseTo(100);
    expect(measuredAngleOfPose(pose, 'front-knee')).toBeCloseTo(100);
    expect(measuredAngleOfPose(pose, 'hip')).toBeCloseTo(90);
  });

  it('reads a bridge held in a straight line as full hip extension', () => {
    const pose: FigurePose = { base: 'back', shin: 125, thigh: 204, trunk: 204 };
    expect(measuredAngleOfPose(pose, 'hip-extension')).toBeCloseTo(180);
    expect(measuredAngleOfPose({ ...pose, trunk: 180 }, 'hip-extension')).toBeCloseTo(156);
  });
});

describe('interpolatePose', () => {
  const bottom: FigurePose = { base: 'feet', shin: 60, thigh: 150, trunk: 50 };

  it('returns the first pose at 0, the second at 1 and the halfway pose between', () => {
    expect(interpolatePose(standing, bottom, 0)).toEqual(standing);
    expect(interpolatePose(standing, bottom, 1)).toEqual(bottom);
    expect(interpolatePose(standing, bottom, 0.5)).toEqual({ base: 'feet', shin: 75, thigh: 120, trunk: 70 });
  });

  it('turns the short way round across 0°/360°', () => {
    const a: FigurePose = { base: 'back', shin: 350, thigh: 200, trunk: 180 };
    const b: FigurePose = { base: 'back', shin: 10, thigh: 200, trunk: 180 };
    const halfway = interpolatePose(a, b, 0.5);
    expect(((halfway.shin % 360) + 360) % 360).toBeCloseTo(0);
  });

  it('moves the rear leg when both poses have one', () => {
    const top = { ...standing, rearThigh: 260, rearShin: 220 };
    const low = { ...bottom, rearThigh: 280, rearShin: 180 };
    const halfway = interpolatePose(top, low, 0.5);
    expect(halfway.rearThigh).toBeCloseTo(270);
    expect(halfway.rearShin).toBeCloseTo(200);
    expect(interpolatePose(standing, bottom, 0.5).rearThigh).toBeUndefined();
  });
});

describe('figureBox', () => {
  it('frames every pose and the floor with a margin', () => {
    const size = 100;
    const box = figureBox([standing], size, 5);
    const points = poseToPoints(standing, size);
    expect(box.y).toBeCloseTo(points.head.y - points.headRadius - 5);
    expect(box.y + box.height).toBeCloseTo(points.floorY + 5);
    expect(box.x).toBeLessThan(points.ankle.x);
    expect(box.x + box.width).toBeGreaterThanOrEqual(points.toe.x + 5);
  });

  it('grows to hold a second pose', () => {
    const one = figureBox([standing], 100);
    const both = figureBox([standing, { base: 'feet', shin: 60, thigh: 150, trunk: 20 }], 100);
    expect(both.width).toBeGreaterThan(one.width);
  });
});
