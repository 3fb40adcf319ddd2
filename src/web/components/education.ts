/**
 * Short reads, in our own words, each shown at the moment it helps: why the hips before the starting plan,
 * bracing before the first workout, knees over toes at the first squat, the pain-free range when pain is
 * logged above 3, why easy is not enough when a workout felt easy, and, when the STarT Back screen finds
 * a high risk (worry, low mood or fear of moving weigh heavily), three on those.
 */
export const LESSON_IDS = [
  'hips-and-back',
  'bracing',
  'knees-over-toes',
  'pain-free-range',
  'easy-is-not-enough',
  'moving-is-safe',
  'worry-and-pain',
  'low-mood',
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
  'moving-is-safe': {
    title: 'Moving is safe for your back',
    paragraphs: [
      'Your spine is strong: solid bones, tough discs and powerful muscles, built to bend, lift and twist. Back pain that has lasted a long time rarely means something is damaged or getting worse.',
      'When a movement hurts, it is natural to avoid it. But a back that is rested for long gets stiffer and weaker, and hurts more easily. Moving more, a little at a time as your plan does, is one of the best-proven ways to feel better. Some discomfort while you build up is normal: hurt does not mean harm.',
    ],
  },
  'worry-and-pain': {
    title: 'Pain, worry and an alarm that is too sensitive',
    paragraphs: [
      'Pain is your body’s alarm. After months of back pain the alarm often becomes oversensitive: it goes off early and loudly, even when your back is not being harmed.',
      'Worry, stress and poor sleep turn the alarm up; feeling safe, moving and resting well turn it down. The “wear and tear” a scan shows is just as common in people with no pain at all. Many people with long-lasting back pain get much better, even after years.',
    ],
  },
  'low-mood': {
    title: 'When back pain gets you down',
    paragraphs: [
      'Living with back pain is tiring, and many people feel low or stop enjoying things they used to. You are not alone in this, and it is not a weakness.',
      'Low mood and pain feed each other, and so do the things that help: regular exercise like your plan, time with people you like, and small things you enjoy, even if in a smaller way than before.',
      'If you have felt low on most days for two weeks or more, talk to your doctor: help for mood works well alongside exercise. If you ever think about harming yourself, call your local emergency number or a crisis line straight away.',
    ],
  },
};

/** The reads for a high STarT Back risk, in the order they are offered, one at a time. */
export const HIGH_RISK_LESSONS: readonly LessonId[] = ['moving-is-safe', 'worry-and-pain', 'low-mood'];

/**
 * Which extra reads the latest STarT Back screen calls for: a high risk means worry, low mood or fear of
 * moving weigh heavily, and these reads speak to them. Low or medium risk, or no screen yet, adds none.
 */
export function lessonsForStartBack(
  startBack: { isHighRisk: boolean } | null | undefined,
): readonly LessonId[] {
  return startBack?.isHighRisk ? HIGH_RISK_LESSONS : [];
}
