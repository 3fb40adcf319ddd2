import type { ExerciseWords } from '../types.ts';

/** What the member reads about the split squat; split-squat.ts holds what is drawn and measured. */
export const splitSquatWords = {
  summary:
    'With one foot in front of the other, you lower your back knee towards the floor and rise again. It strengthens each hip on its own and helps your balance.',
  loadPlacement: {
    band: 'A long band under your front foot, the ends held at your shoulders.',
    dumbbell: 'A dumbbell in each hand, arms hanging by your sides.',
    kettlebell: 'One kettlebell held by its handle against your chest, or one in each hand by your sides.',
  },
  setup: [
    'Take a long step forward, so one foot is well in front of the other.',
    'Keep your feet hip-width apart, like standing on two railway lines, not on a tightrope.',
    'Lift your back heel, so that foot rests on its ball.',
    'If you need balance, rest one hand on a wall, a counter or the back of a sturdy chair.',
    'Face the phone, so it can see your front knee and foot.',
  ],
  cues: [
    'Gently tighten your stomach and stand tall. Your body goes straight down and straight up, like a lift.',
    'Keep your front knee over your front foot, pointing the same way as your toes. Do not let it fall inwards.',
    'Push through your whole front foot to come back up.',
    'Stay within the depth that is pain-free and controlled. Do all the reps on one side, then change legs.',
  ],
  faults: [
    {
      id: 'knees-caving',
      looksLike: 'Your front knee falls in towards your other leg as you lower or rise.',
      cue: 'Guide your front knee out a little, so it stays over your middle toes.',
    },
    {
      id: 'lost-brace',
      looksLike: 'You tip far forward, or your lower back arches as you go down.',
      cue: 'Keep your stomach firm and your chest tall, and go straight down.',
    },
    {
      id: 'past-pain-free-range',
      looksLike: 'You drop lower than you can control, wobble at the bottom, or go into pain.',
      cue: 'Stop where you are still steady and pain-free. Depth comes with time.',
    },
  ],
  notYet: [
    'Within 12 weeks of back or hip surgery, unless your surgeon or physiotherapist has cleared you for exercise on one leg with load.',
    'If pain climbs during the set instead of staying the same or settling.',
    'If you cannot yet keep your balance in the stride, even with a hand on support. Keep working on the squat.',
  ],
  levelDescriptions: [
    'Bend both knees a little and sink a few inches, then rise.',
    'Lower your back knee about a quarter of the way to the floor.',
    'Lower your back knee about halfway to the floor.',
    'Lower until your back knee hovers just above the floor and your front thigh is about level with it.',
  ],
} satisfies ExerciseWords;
