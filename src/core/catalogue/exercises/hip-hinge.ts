import type { ExerciseShape, FigurePose } from '../types.ts';

/** Standing tall with the knees softly bent; the bend stays nearly the same through the rep. */
const standingSoftKnees = { base: 'feet', shin: 82, thigh: 97, trunk: 90 } satisfies FigurePose;

export const hipHinge = {
  id: 'hip-hinge',
  name: 'Hip hinge',
  introducedInPhase: 2,
  cameraView: 'side',
  requires: [],
  loadOptions: ['bodyweight', 'band', 'dumbbell', 'kettlebell'],
  levels: [
    {
      level: 1,
      name: 'Slight tip',
      angle: { joint: 'hip', min: 150, max: 165 },
      startPose: standingSoftKnees,
      endPose: { base: 'feet', shin: 84, thigh: 100, trunk: 77 },
    },
    {
      level: 2,
      name: 'Quarter hinge',
      angle: { joint: 'hip', min: 130, max: 150 },
      startPose: standingSoftKnees,
      endPose: { base: 'feet', shin: 86, thigh: 103, trunk: 63 },
    },
    {
      level: 3,
      name: 'Half hinge',
      angle: { joint: 'hip', min: 115, max: 130 },
      startPose: standingSoftKnees,
      endPose: { base: 'feet', shin: 88, thigh: 105, trunk: 48 },
    },
    {
      level: 4,
      name: 'Deep hinge',
      angle: { joint: 'hip', min: 100, max: 115 },
      startPose: standingSoftKnees,
      endPose: { base: 'feet', shin: 89, thigh: 108, trunk: 35 },
    },
    {
      level: 5,
      name: 'Full hinge',
      angle: { joint: 'hip', min: 70, max: 100 },
      startPose: standingSoftKnees,
      endPose: { base: 'feet', shin: 91, thigh: 111, trunk: 19 },
    },
  ],
} satisfies ExerciseShape;
