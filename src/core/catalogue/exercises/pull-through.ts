import type { ExerciseShape, FigurePose } from '../types.ts';

/** Standing tall with the knees softly bent, the rope or band between the legs. */
const standingSoftKnees = { base: 'feet', shin: 82, thigh: 97, trunk: 90 } satisfies FigurePose;

export const pullThrough = {
  id: 'pull-through',
  name: 'Pull-through',
  introducedInPhase: 4,
  cameraView: 'side',
  // A cable machine, or a band with something low and solid to tie it to.
  requires: [
    ['cable', 'band'],
    ['cable', 'anchor-point'],
  ],
  loadOptions: ['band', 'cable'],
  levels: [
    {
      level: 1,
      name: 'Slight tip',
      angle: { joint: 'hip', min: 145, max: 165 },
      startPose: standingSoftKnees,
      endPose: { base: 'feet', shin: 84, thigh: 100, trunk: 75 },
    },
    {
      level: 2,
      name: 'Quarter hinge',
      angle: { joint: 'hip', min: 125, max: 145 },
      startPose: standingSoftKnees,
      endPose: { base: 'feet', shin: 86, thigh: 103, trunk: 58 },
    },
    {
      level: 3,
      name: 'Half hinge',
      angle: { joint: 'hip', min: 105, max: 125 },
      startPose: standingSoftKnees,
      endPose: { base: 'feet', shin: 88, thigh: 107, trunk: 42 },
    },
    {
      level: 4,
      name: 'Full hinge',
      angle: { joint: 'hip', min: 80, max: 105 },
      startPose: standingSoftKnees,
      endPose: { base: 'feet', shin: 91, thigh: 111, trunk: 23 },
    },
  ],
} satisfies ExerciseShape;
