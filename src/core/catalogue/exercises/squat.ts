import type { Exercise, FigurePose } from '../types.ts';

/** Standing tall, knees almost straight. */
const standing = { base: 'feet', shin: 88, thigh: 92, trunk: 88 } satisfies FigurePose;

export const squat = {
  id: 'squat',
  name: 'Squat',
  summary:
    'You sit back and stand up again, as you do from a chair. Strong hips and thighs take load off your lower back in everyday life.',
  introducedInPhase: 1,
  cameraView: 'front',
  requires: [],
  loadOptions: ['bodyweight', 'band', 'dumbbell', 'kettlebell'],
  loadPlacement: {
    band: 'A loop band just above your knees. Or a long band under both feet, the ends held at your shoulders.',
    dumbbell: 'One dumbbell held upright against your chest, both hands cupping the top end.',
    kettlebell: 'One kettlebell held by its handle against your chest, elbows pointing down.',
  },
  levels: [
    {
      level: 1,
      name: 'Slight bend',
      description:
        'Bend your knees a little, as if you were starting to sit, then stand tall again. You may rest your hands on a counter or a sturdy chair.',
      angle: { joint: 'knee', min: 150, max: 165 },
      startPose: standing,
      endPose: { base: 'feet', shin: 82, thigh: 105, trunk: 81 },
    },
    {
      level: 2,
      name: 'Quarter squat',
      description: 'Sit back about a quarter of the way down. Your hips move back as your knees bend.',
      angle: { joint: 'knee', min: 130, max: 150 },
      startPose: standing,
      endPose: { base: 'feet', shin: 76, thigh: 116, trunk: 74 },
    },
    {
      level: 3,
      name: 'Half squat',
      description: 'Go about halfway down, as if to perch on a high stool.',
      angle: { joint: 'knee', min: 110, max: 130 },
      startPose: standing,
      endPose: { base: 'feet', shin: 69, thigh: 129, trunk: 66 },
    },
    {
      level: 4,
      name: 'Thighs near level',
      description:
        'Lower until your thighs are nearly level with the floor, as if to sit on an ordinary chair.',
      angle: { joint: 'knee', min: 90, max: 110 },
      startPose: standing,
      endPose: { base: 'feet', shin: 62, thigh: 142, trunk: 58 },
    },
    {
      level: 5,
      name: 'Full squat',
      description:
        'Go below level thighs, as deep as you can while your back stays long and your heels stay down.',
      angle: { joint: 'knee', min: 40, max: 90 },
      startPose: standing,
      endPose: { base: 'feet', shin: 54, thigh: 156, trunk: 49 },
    },
  ],
  setup: [
    'Stand with your feet a little wider than your hips, toes turned out slightly.',
    'At first, stand facing a kitchen counter or the back of a sturdy chair, and rest your hands on it for balance.',
    'A chair behind you makes a safe target. Touch it lightly with your bottom; do not drop onto it.',
    'Face the phone, so it can see your knees and feet.',
  ],
  cues: [
    'Gently tighten your stomach before you go down, and keep it tight for the whole rep.',
    'Send your hips back and down, as if sitting on a chair.',
    'Keep your knees pointing the same way as your toes. Do not let them fall inwards.',
    'Keep your weight spread over your whole foot, heels down.',
    'Go only as deep as stays pain-free and controlled. Then push the floor away to stand up.',
  ],
  faults: [
    {
      id: 'knees-caving',
      looksLike: 'Your knees move towards each other, most often on the way up.',
      cue: 'Push your knees out a little, so they stay over your middle toes.',
    },
    {
      id: 'back-rounding',
      looksLike: 'At the bottom your lower back rounds and your tailbone tucks under.',
      cue: 'Stop a little higher, where your back stays long. Keep your chest open.',
    },
    {
      id: 'lost-brace',
      looksLike: 'Your stomach lets go and your lower back sags or arches as you go down or come up.',
      cue: 'Breathe in, gently tighten your stomach, then move. Reset it between reps.',
    },
    {
      id: 'past-pain-free-range',
      looksLike: 'You go deeper than you can control, drop through the last part, or push into pain.',
      cue: 'Stay at a depth where you are in control and pain-free. Depth comes with time.',
    },
  ],
  notYet: [
    'Within 12 weeks of back or hip surgery, unless your surgeon or physiotherapist has cleared you to exercise standing up, taking your own weight. Start with the glute bridge.',
    'If pain climbs during the set instead of staying the same or settling.',
    'If you feel unsteady on your feet and have nothing solid to hold.',
    'If you feel numbness, pins and needles or weakness spreading down a leg. Stop and get checked.',
  ],
} satisfies Exercise;
