import type { ExerciseShape, FigurePose } from '../types.ts';

/** Standing tall in a long stride, back heel up, both knees nearly straight. */
const standingInStride = {
  base: 'feet',
  shin: 109,
  thigh: 119,
  trunk: 88,
  rearThigh: 260,
  rearShin: 223,
} satisfies FigurePose;

export const splitSquat = {
  id: 'split-squat',
  name: 'Split squat',
  introducedInPhase: 2,
  cameraView: 'front',
  requires: [],
  loadOptions: ['bodyweight', 'band', 'dumbbell', 'kettlebell'],
  levels: [
    {
      level: 1,
      name: 'Small dip',
      angle: { joint: 'front-knee', min: 145, max: 165 },
      startPose: standingInStride,
      endPose: { base: 'feet', shin: 102, thigh: 127, trunk: 88, rearThigh: 262, rearShin: 219 },
    },
    {
      level: 2,
      name: 'Quarter dip',
      angle: { joint: 'front-knee', min: 125, max: 145 },
      startPose: standingInStride,
      endPose: { base: 'feet', shin: 94, thigh: 139, trunk: 88, rearThigh: 267, rearShin: 210 },
    },
    {
      level: 3,
      name: 'Half dip',
      angle: { joint: 'front-knee', min: 105, max: 125 },
      startPose: standingInStride,
      endPose: { base: 'feet', shin: 87, thigh: 152, trunk: 88, rearThigh: 272, rearShin: 199 },
    },
    {
      level: 4,
      name: 'Full split squat',
      angle: { joint: 'front-knee', min: 75, max: 105 },
      startPose: standingInStride,
      endPose: { base: 'feet', shin: 81, thigh: 169, trunk: 88, rearThigh: 275, rearShin: 182 },
    },
  ],
} satisfies ExerciseShape;
