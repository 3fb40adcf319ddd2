import type { ExerciseWords } from '../types.ts';

/** What the member reads about the glute bridge; glute-bridge.ts holds what is drawn and measured. */
export const gluteBridgeWords = {
  summary:
    'Lying on your back, you lift your hips by squeezing your buttocks. It wakes up the hip muscles that share the work with your back, with no weight on your spine.',
  loadPlacement: {
    band: 'A loop band just above your knees.',
    dumbbell:
      'One dumbbell resting across your hip bones, held steady with both hands. A folded towel under it is kinder.',
    kettlebell: 'One kettlebell resting on your hips, held by the handle with both hands.',
  },
  setup: [
    'Lie on your back on a mat or a firm bed.',
    'Bend your knees and put your feet flat, about hip-width apart.',
    'Bring your heels close enough that your fingertips can just brush them.',
    'Rest your arms by your sides, palms down. Place the phone to your side, level with your hips.',
  ],
  cues: [
    'Breathe out and gently tighten your stomach, as if someone might poke it. Keep that while you lift.',
    'Press through your heels and squeeze your buttocks to lift your hips.',
    'Keep your knees in line with your feet. Do not let them fall in or out.',
    'Lift only as high as feels comfortable and controlled. Pause, then lower slowly.',
  ],
  faults: [
    {
      id: 'knees-caving',
      looksLike: 'Your knees drift towards each other as your hips rise.',
      cue: 'Press your knees gently apart so they stay over your feet.',
    },
    {
      id: 'lost-brace',
      looksLike: 'At the top your lower back arches and your ribs lift, so your back does the work.',
      cue: 'Keep your ribs down and your stomach firm. Lift a little less high if you need to.',
    },
    {
      id: 'past-pain-free-range',
      looksLike: 'You push higher than you can control, or into pain in your back or hips.',
      cue: 'Stop just short of where it hurts. A smaller lift done well still counts.',
    },
  ],
  notYet: [
    'If your surgeon has asked you not to lie flat or lift your hips yet. Ask when bridging is allowed.',
    'If pain climbs during the set instead of staying the same or settling.',
    'If you feel numbness, pins and needles or weakness spreading down a leg. Stop and get checked.',
  ],
  variant: {
    name: 'Bridge on a bed',
    when: 'When getting down to the floor and back up is hard or not yet safe.',
    setup: [
      'Lie on your back on a firm bed, away from the edge.',
      'Bend your knees and set your feet flat on the mattress, hip-width apart.',
      'Move exactly as on the floor. A soft mattress makes it a little harder to balance, so go slowly.',
    ],
  },
  levelDescriptions: [
    'Lift your hips just off the floor, about a hand’s width. Hold for a moment, then lower slowly.',
    'Lift your hips about halfway to a straight line from your knees to your shoulders.',
    'Lift until your knees, hips and shoulders are nearly in a straight line.',
    'Lift until your knees, hips and shoulders make one straight line. Stop there. Do not arch any higher.',
  ],
} satisfies ExerciseWords;
