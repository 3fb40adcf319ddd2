import type { ExerciseShape, FigurePose } from '../types.ts';

/** Lying on the back, knees bent, feet flat, hips resting on the floor. */
const lyingDown = { base: 'back', shin: 135, thigh: 225, trunk: 180 } satisfies FigurePose;

export const gluteBridge = {
  id: 'glute-bridge',
  name: 'Glute bridge',
  introducedInPhase: 1,
  cameraView: 'side',
  requires: [],
  loadOptions: ['bodyweight', 'band', 'dumbbell', 'kettlebell'],
  levels: [
    {
      level: 1,
      name: 'Small lift',
      angle: { joint: 'hip-extension', min: 140, max: 152 },
      startPose: lyingDown,
      endPose: { base: 'back', shin: 131, thigh: 220, trunk: 186 },
    },
    {
      level: 2,
      name: 'Half lift',
      angle: { joint: 'hip-extension', min: 152, max: 162 },
      startPose: lyingDown,
      endPose: { base: 'back', shin: 128, thigh: 214, trunk: 191 },
    },
    {
      level: 3,
      name: 'Nearly straight',
      angle: { joint: 'hip-extension', min: 162, max: 171 },
      startPose: lyingDown,
      endPose: { base: 'back', shin: 126, thigh: 209, trunk: 196 },
    },
    {
      level: 4,
      name: 'Full bridge',
      angle: { joint: 'hip-extension', min: 171, max: 180 },
      startPose: lyingDown,
      endPose: { base: 'back', shin: 125, thigh: 204, trunk: 201 },
    },
  ],
} satisfies ExerciseShape;
