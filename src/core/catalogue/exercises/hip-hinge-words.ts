import type { ExerciseWords } from '../types.ts';

/** What the member reads about the hip hinge; hip-hinge.ts holds what is drawn and measured. */
export const hipHingeWords = {
  summary:
    'You fold forward at the hips with a long, flat back, as you would to pick something up. It teaches your hips, not your lower back, to do the bending.',
  loadPlacement: {
    band: 'A long band under both feet, the ends in your hands, arms hanging straight.',
    dumbbell: 'A dumbbell in each hand, resting against the front of your thighs.',
    kettlebell: 'One kettlebell held by the handle in both hands, in front of your thighs.',
  },
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
  levelDescriptions: [
    'Push your hips back a little, so your chest tips forward a few inches.',
    'Push your hips further back. Your hands slide down to the middle of your thighs.',
    'Hinge until your hands reach just above your knees.',
    'Hinge until your hands pass your knees and reach the top of your shins.',
    'Hinge until your chest is nearly level with the floor, your back still long and flat.',
  ],
} satisfies ExerciseWords;
