import type { Exercise, FigurePose } from '../types.ts';

/** Standing tall with the knees softly bent; the bend stays nearly the same through the rep. */
const standingSoftKnees = { base: 'feet', shin: 82, thigh: 97, trunk: 90 } satisfies FigurePose;

export const hipHinge = {
  id: 'hip-hinge',
  name: 'Hip hinge',
  summary:
    'You fold forward at the hips with a long, flat back, as you would to pick something up. It teaches your hips, not your lower back, to do the bending.',
  introducedInPhase: 2,
  cameraView: 'side',
  requires: [],
  loadOptions: ['bodyweight', 'band', 'dumbbell', 'kettlebell'],
  loadPlacement: {
    band: 'A long band under both feet, the ends in your hands, arms hanging straight.',
    dumbbell: 'A dumbbell in each hand, resting against the front of your thighs.',
    kettlebell: 'One kettlebell held by the handle in both hands, in front of your thighs.',
  },
  levels: [
    {
      level: 1,
      name: 'Slight tip',
      description: 'Push your hips back a little, so your chest tips forward a few inches.',
      angle: { joint: 'hip', min: 150, max: 165 },
      startPose: standingSoftKnees,
      endPose: { base: 'feet', shin: 84, thigh: 100, trunk: 77 },
    },
    {
      level: 2,
      name: 'Quarter hinge',
      description: 'Push your hips further back. Your hands slide down to the middle of your thighs.',
      angle: { joint: 'hip', min: 130, max: 150 },
      startPose: standingSoftKnees,
      endPose: { base: 'feet', shin: 86, thigh: 103, trunk: 63 },
    },
    {
      level: 3,
      name: 'Half hinge',
      description: 'Hinge until your hands reach just above your knees.',
      angle: { joint: 'hip', min: 115, max: 130 },
      startPose: standingSoftKnees,
      endPose: { base: 'feet', shin: 88, thigh: 105, trunk: 48 },
    },
    {
      level: 4,
      name: 'Deep hinge',
      description: 'Hinge until your hands pass your knees and reach the top of your shins.',
      angle: { joint: 'hip', min: 100, max: 115 },
      startPose: standingSoftKnees,
      endPose: { base: 'feet', shin: 89, thigh: 108, trunk: 35 },
    },
    {
      level: 5,
      name: 'Full hinge',
      description: 'Hinge until your chest is nearly level with the floor, your back still long and flat.',
      angle: { joint: 'hip', min: 70, max: 100 },
      startPose: standingSoftKnees,
      endPose: { base: 'feet', shin: 91, thigh: 111, trunk: 19 },
    },
  ],
  setup: [
    'Stand with your feet hip-width apart and your knees softly bent. Keep that small bend the same all the way.',
    'Rest your hands on the front of your thighs. As you hinge they slide down and show you how far you have gone.',
    'Stand side-on to the phone.',
  ],
  cues: [
    'Gently tighten your stomach and keep your back long, from the top of your head to your tailbone.',
    'Push your hips back, as if closing a car door with your bottom. Your chest tips forward because your hips go back.',
    'Keep your knees softly bent and over your feet. They do not move forward.',
    'Go only as far as your back stays flat and pain-free. Squeeze your buttocks to stand tall again.',
  ],
  faults: [
    {
      id: 'back-rounding',
      looksLike:
        'Your back curves and your shoulders drop, so the bend comes from your spine instead of your hips.',
      cue: 'Stop where your back is still flat. Think of a long line from your head to your tailbone.',
    },
    {
      id: 'lost-brace',
      looksLike: 'Your stomach relaxes and your lower back sags, or you lean back as you stand up.',
      cue: 'Keep your stomach firm. At the top, stand tall and squeeze your buttocks. Do not lean back.',
    },
    {
      id: 'knees-caving',
      looksLike: 'Your knees roll in towards each other as you hinge, most often when holding a weight.',
      cue: 'Keep your knees over your feet, pointing the same way as your toes.',
    },
    {
      id: 'past-pain-free-range',
      looksLike: 'You reach lower than your back can stay flat, or into pain.',
      cue: 'Come back to a depth where your back stays flat and it does not hurt.',
    },
  ],
  notYet: [
    'Within 12 weeks of back or hip surgery, unless your surgeon or physiotherapist has cleared you for bending forward with load.',
    'If pain climbs during the set, or bending forward sends pain down a leg.',
    'If you feel numbness, pins and needles or weakness in a leg. Stop and get checked.',
  ],
} satisfies Exercise;
