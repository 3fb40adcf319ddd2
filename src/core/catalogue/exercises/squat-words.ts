import type { ExerciseWords } from '../types.ts';

/** What the member reads about the squat; squat.ts holds what is drawn and measured. */
export const squatWords = {
  summary:
    'You sit back and stand up again, as you do from a chair. Strong hips and thighs take load off your lower back in everyday life.',
  loadPlacement: {
    band: 'A loop band just above your knees. Or a long band under both feet, the ends held at your shoulders.',
    dumbbell: 'One dumbbell held upright against your chest, both hands cupping the top end.',
    kettlebell: 'One kettlebell held by its handle against your chest, elbows pointing down.',
  },
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
  levelDescriptions: [
    'Bend your knees a little, as if you were starting to sit, then stand tall again. You may rest your hands on a counter or a sturdy chair.',
    'Sit back about a quarter of the way down. Your hips move back as your knees bend.',
    'Go about halfway down, as if to perch on a high stool.',
    'Lower until your thighs are nearly level with the floor, as if to sit on an ordinary chair.',
    'Go below level thighs, as deep as you can while your back stays long and your heels stay down.',
  ],
} satisfies ExerciseWords;
