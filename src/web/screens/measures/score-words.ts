/**
 * A score in plain words: the number, what it means on the instrument's published scale, and how it
 * compares with where the member started. The numbers and the change sentences are the server's; this
 * only puts them into words a person reads at a glance.
 */

import type { InstrumentProgress, Measure } from '../../../contract/measures.ts';
import type { ChairStandScore } from '../../../core/outcomes/chair-stand.ts';
import type { Hoos12Score } from '../../../core/outcomes/hoos-12.ts';
import { formatScore } from '../../../core/outcomes/instrument.ts';
import type { OswestryBand, OswestryScore } from '../../../core/outcomes/oswestry.ts';
import type { PainScore } from '../../../core/outcomes/pain.ts';
import type { RolandMorrisScore } from '../../../core/outcomes/roland-morris.ts';
import type { StartBackRisk, StartBackScore } from '../../../core/outcomes/start-back.ts';

export interface ScoreWords {
  /** The number as a short line: "29 out of 100: moderate disability". */
  headline: string;
  /** What it means, and anything to know about how it was counted. */
  meaning: string[];
  /** Against the first time (or the published range), once there is something to compare. */
  change: string | null;
}

/** The Oswestry bands (Fairbank & Pynsent 2000), described for the member. */
export const OSWESTRY_BAND_WORDS: Record<OswestryBand, { name: string; range: string; meaning: string }> = {
  minimal: {
    name: 'minimal disability',
    range: '0–20',
    meaning: 'Your back lets you do most everyday things. Exercise keeps it that way and builds on it.',
  },
  moderate: {
    name: 'moderate disability',
    range: '21–40',
    meaning:
      'Sitting, lifting or standing are harder, and travel or time with others may be too. Many people start here, and it often gets better with steady exercise.',
  },
  severe: {
    name: 'severe disability',
    range: '41–60',
    meaning:
      'Pain gets in the way of much of daily life. Your plan starts gently and builds slowly for this reason.',
  },
  crippling: {
    name: 'very severe disability',
    range: '61–80',
    meaning:
      'Back pain affects nearly every part of your day. Keep your doctor or physiotherapist in the picture as you start; your plan starts gently.',
  },
  'bed-bound': {
    name: 'the highest band',
    range: '81–100',
    meaning:
      'Pain is affecting everything, even getting out of bed. Please talk to your doctor about this score: exercise can help alongside their care.',
  },
};

export const START_BACK_RISK_WORDS: Record<StartBackRisk, { name: string; meaning: string }> = {
  low: {
    name: 'Low risk',
    meaning:
      'Your back pain is likely to keep improving with the right self-help, and steady exercise like your plan is exactly that.',
  },
  medium: {
    name: 'Medium risk',
    meaning:
      'Physical things, such as pain when you move, are what hold you back most. Guided exercise that builds up step by step, like your plan, is what helps most here.',
  },
  high: {
    name: 'High risk',
    meaning:
      'Worry, low mood or a fear of moving are playing a big part in how your back feels. That is common, and it can change. Tell your doctor or physiotherapist about this result: people in this group do best when exercise comes with support for worry and mood. The short reads below may help too.',
  },
};

function outOf(value: number, most: number): string {
  return `${formatScore(value)} out of ${most}`;
}

function oswestryWords(score: OswestryScore): Omit<ScoreWords, 'change'> {
  if (score.score === null || score.band === null) {
    return { headline: 'No score', meaning: ['No question was answered, so there is no score.'] };
  }
  const band = OSWESTRY_BAND_WORDS[score.band];
  const meaning = [
    `${band.range} is ${band.name}. ${band.meaning}`,
    'Lower is better: 0 means your back does not limit everyday life at all.',
  ];
  const skipped = score.unansweredSectionIds.length;
  if (skipped > 0) {
    meaning.push(
      `Counted from the ${score.sectionsAnswered} questions you answered; the ${skipped === 1 ? 'one' : skipped} you skipped count${skipped === 1 ? 's' : ''} neither for nor against you.`,
    );
  }
  return { headline: `${outOf(score.score, 100)}: ${band.name}`, meaning };
}

function rolandMorrisWords(score: RolandMorrisScore): Omit<ScoreWords, 'change'> {
  const meaning = [
    'The number of sentences that apply to you, out of 24. Lower is better: 0 means your back does not hold you back.',
  ];
  const skipped = score.unansweredItemIds.length;
  if (skipped > 0) {
    meaning.push(
      `${skipped === 1 ? 'One sentence was' : `${skipped} sentences were`} left unanswered and counted as not applying.`,
    );
  }
  return { headline: `${score.score} of 24 sentences apply to you`, meaning };
}

function painWords(score: PainScore): Omit<ScoreWords, 'change'> {
  const parts = [
    score.weekAverage === null ? null : `${outOf(score.weekAverage, 10)} on average over the last week`,
    score.now === null ? null : `${outOf(score.now, 10)} right now`,
  ].filter((part) => part !== null);
  return {
    headline: parts.join('; '),
    meaning: ['0 means no pain, 10 the worst pain you can imagine.'],
  };
}

function startBackWords(score: StartBackScore): Omit<ScoreWords, 'change'> {
  if (score.risk === null) {
    return {
      headline: `${score.total} of 9`,
      meaning: [
        'Some questions were left unanswered, so the risk group cannot be worked out. Take it again to see it.',
      ],
    };
  }
  const risk = START_BACK_RISK_WORDS[score.risk];
  return {
    headline: `${risk.name} (${score.total} of 9)`,
    meaning: [
      risk.meaning,
      `The questions about worry, mood and how much the pain bothers you scored ${score.psychosocial} of 5.`,
    ],
  };
}

function chairStandWords(score: ChairStandScore): Omit<ScoreWords, 'change'> {
  const meaning: string[] = [];
  if (score.reference && score.comparedWithReference) {
    const [low, high] = score.reference.range;
    const [from, to] = score.reference.ages;
    const people = score.reference.sex === 'female' ? 'women' : 'men';
    meaning.push(
      `That is ${score.comparedWithReference} the usual range of ${low}–${high} for ${people} aged ${from}–${to}.`,
    );
  }
  if (score.isLow) {
    meaning.push(
      'Fewer than 8 means the muscles that lift you are weak for now: exactly what your plan builds.',
    );
  } else if (score.comparedWithReference === 'below') {
    meaning.push('More is better, and the strength it takes is exactly what your plan builds.');
  } else {
    meaning.push('More is better: it shows the strength in your hips and legs.');
  }
  return { headline: `${score.stands} ${score.stands === 1 ? 'stand' : 'stands'} in 30 seconds`, meaning };
}

function hoos12Words(score: Hoos12Score): Omit<ScoreWords, 'change'> {
  const { pain, function: daily, 'quality-of-life': life } = score.subscales;
  const parts = [
    pain === null ? null : `pain ${formatScore(pain)}`,
    daily === null ? null : `everyday activities ${formatScore(daily)}`,
    life === null ? null : `quality of life ${formatScore(life)}`,
  ].filter((part) => part !== null);
  const meaning = ['100 means no trouble with your hips, 0 the most. Higher is better.'];
  if (parts.length > 0) meaning.push(`In parts: ${parts.join(', ')}.`);
  if (score.summary === null) {
    return {
      headline: 'No summary score',
      meaning: ['Too many questions were left unanswered for a summary.', ...meaning.slice(1)],
    };
  }
  return { headline: `${outOf(score.summary, 100)} for your hips`, meaning };
}

/** How the latest compares with the first time, for instruments without a published threshold. */
function plainChange(progress: InstrumentProgress): string | null {
  const { baseline, latest, headline } = progress;
  if (!baseline || !latest || baseline.measureId === latest.measureId) return null;
  const moved = latest.value - baseline.value;
  if (moved === 0) return `The same as your first time (${formatScore(baseline.value)}).`;
  const isBetter = headline.isHigherBetter ? moved > 0 : moved < 0;
  const amount = formatScore(Math.abs(moved));
  return `${amount} ${amount === '1' ? 'point' : 'points'} ${isBetter ? 'better' : 'worse'} than your first time (${formatScore(baseline.value)}).`;
}

function standsSinceFirst(progress: InstrumentProgress): string | null {
  const { baseline, latest } = progress;
  if (!baseline || !latest) return null;
  const more = latest.value - baseline.value;
  if (more === 0) return `The same as at your first test (${baseline.value}).`;
  const count = Math.abs(more);
  return `${count} ${count === 1 ? 'stand' : 'stands'} ${more > 0 ? 'more' : 'fewer'} than at your first test (${baseline.value}).`;
}

/**
 * How this measure compares, from the history the server sent, only when the history's latest is this
 * measure (right after recording, the history may not have been asked again yet).
 */
function changeWords(measure: Measure, progress: InstrumentProgress | undefined): string | null {
  if (!progress || progress.latest?.measureId !== measure.id) return null;
  const isFirst = progress.count === 1 || progress.baseline?.measureId === measure.id;
  // With a published range the meaning already compares with it, and the server's sentence would only
  // repeat that: say instead how it compares with the first test.
  if (progress.instrumentId === 'chair-stand' && !isFirst) {
    const hasReference = (measure.score as unknown as ChairStandScore).reference !== null;
    return hasReference ? standsSinceFirst(progress) : progress.comparison;
  }
  if (isFirst) {
    return 'This is your starting point: each time from now on is compared with it.';
  }
  return progress.change?.sentence ?? plainChange(progress);
}

export function scoreWords(measure: Measure, progress?: InstrumentProgress): ScoreWords {
  const score: unknown = measure.score;
  let words: Omit<ScoreWords, 'change'>;
  switch (measure.instrumentId) {
    case 'oswestry':
      words = oswestryWords(score as OswestryScore);
      break;
    case 'roland-morris':
      words = rolandMorrisWords(score as RolandMorrisScore);
      break;
    case 'pain':
      words = painWords(score as PainScore);
      break;
    case 'start-back':
      words = startBackWords(score as StartBackScore);
      break;
    case 'chair-stand':
      words = chairStandWords(score as ChairStandScore);
      break;
    case 'hoos-12':
      words = hoos12Words(score as Hoos12Score);
      break;
  }
  return { ...words, change: changeWords(measure, progress) };
}

/** The latest headline number in a few words, for the list of check-ups: "29 out of 100", "11 stands". */
export function latestWords(progress: InstrumentProgress, risk?: StartBackRisk | null): string | null {
  const latest = progress.latest;
  if (progress.instrumentId === 'start-back' && risk) return START_BACK_RISK_WORDS[risk].name;
  if (!latest) return null;
  switch (progress.instrumentId) {
    case 'oswestry':
    case 'hoos-12':
      return outOf(latest.value, 100);
    case 'pain':
      return outOf(latest.value, 10);
    case 'roland-morris':
      return `${formatScore(latest.value)} of 24`;
    case 'start-back':
      return `${formatScore(latest.value)} of 9`;
    case 'chair-stand':
      return `${formatScore(latest.value)} ${latest.value === 1 ? 'stand' : 'stands'}`;
  }
}
