/**
 * Short reads, in our own words, each shown at the moment it helps: why the hips before the starting plan,
 * bracing before the first workout, knees over toes at the first squat, the pain-free range when pain is
 * logged above 3, and why easy is not enough when a workout felt easy.
 */
export const LESSON_IDS = [
  'hips-and-back',
  'bracing',
  'knees-over-toes',
  'pain-free-range',
  'easy-is-not-enough',
] as const;
export type LessonId = (typeof LESSON_IDS)[number];

export interface Lesson {
  title: string;
  paragraphs: string[];
}

export const LESSONS: Record<LessonId, Lesson> = {
  'hips-and-back': {
    title: 'Why your hips matter for your back',
    paragraphs: [
      'The muscles around your hips (your buttocks and the backs of your thighs) are among the strongest in your body. When they are weak, your lower back does work it was never built for: bending, lifting, keeping you steady on one leg.',
      'Stronger hips take that work back. Every time you stand up, bend down or climb stairs, your back gets an easier time.',
    ],
  },
  bracing: {
    title: 'Bracing: a steady middle',
    paragraphs: [
      'Before each rep, breathe in, then gently tighten your stomach as if someone were about to poke it: about a quarter of your full effort, not a hard squeeze.',
      'Keep breathing behind the brace. A braced middle keeps your back still while your hips do the moving.',
    ],
  },
  'knees-over-toes': {
    title: 'Your knees may go past your toes',
    paragraphs: [
      'You may have been told that your knees must never pass your toes. For most people that is not true: in a squat or a split squat your knees move forward naturally, and stopping them puts more load on your back.',
      'What matters is the direction: keep your knees pointing the same way as your toes, and do not let them fall inwards.',
    ],
  },
  'pain-free-range': {
    title: 'Stay in your pain-free range',
    paragraphs: [
      'A little discomfort that settles within a minute or two is fine. Pain that is sharp, or that builds set by set, means the movement went too far for today.',
      'Make the next set smaller: go only as far as feels comfortable and controlled. Your range grows as your hips get stronger, and the program moves you on when you are ready.',
    ],
  },
  'easy-is-not-enough': {
    title: 'Why easy exercises do not build strength',
    paragraphs: [
      'Muscles grow stronger only when they are asked for a little more than they are used to. An exercise that feels easy keeps the strength you have, but does not add to it.',
      'That is why, once your technique is set, the program asks for more sets, then more range or a little weight: always in small steps, and never through pain.',
    ],
  },
};
