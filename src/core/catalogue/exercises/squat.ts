import type { ExerciseShape, FigurePose } from '../types.ts';

/** Standing tall, knees almost straight. */
const standing = { base: 'feet', shin: 88, thigh: 92, trunk: 88 } satisfies FigurePose;

export const squat = {
  id: 'squat',
  name: 'Squat',
  introducedInPhase: 1,
  cameraView: 'front',
  requires: [],
  loadOptions: ['bodyweight', 'band', 'dumbbell', 'kettlebell'],
  levels: [
    {
      level: 1,
      name: 'Slight bend',
      angle: { joint: 'knee', min: 150, max: 165 },
      startPose: standing,
      endPose: { base: 'feet', shin: 82, thigh: 105, trunk: 81 },
    },
    {
      level: 2,
      name: 'Quarter squat',
      angle: { joint: 'knee', min: 130, max: 150 },
      startPose: standing,
      endPose: { base: 'feet', shin: 76, thigh: 116, trunk: 74 },
    },
    {
      level: 3,
      name: 'Half squat',
      angle: { joint: 'knee', min: 110, max: 130 },
      startPose: standing,
      endPose: { base: 'feet', shin: 69, thigh: 129, trunk: 66 },
    },
    {
      level: 4,
      name: 'Thighs near level',
      angle: { joint: 'knee', min: 90, max: 110 },
      startPose: standing,
      endPose: { base: 'feet', shin: 62, thigh: 142, trunk: 58 },
    },
    {
      level: 5,
      name: 'Full squat',
      angle: { joint: 'knee', min: 40, max: 90 },
      startPose: standing,
      endPose: { base: 'feet', shin: 54, thigh: 156, trunk: 49 },
    },
  ],
} satisfies ExerciseShape;
