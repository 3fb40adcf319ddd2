/**
 * When is a change from baseline clinically meaningful? The thresholds are the international consensus:
 *   Ostelo RWJG, Deyo RA, Stratford P, Waddell G, Croft P, Von Korff M, Bouter LM, de Vet HC. Interpreting
 *   change scores for pain and functional status in low back pain: towards international consensus
 *   regarding minimal important change. Spine 2008;33(1):90–94.
 * Minimal important change: 10 points on the ODI (0–100), 2 on the 0–10 pain rating, 5 on the
 * Roland-Morris (0–24); and, taking the baseline into account, a 30% improvement on any of them.
 *
 * On all three a lower score is better. The consensus defines improvement; we read worsening by the same
 * number of points, but not by 30%: from a low baseline 30% is a point or less (pain 2 → 3), well inside a
 * day's ups and downs, and the consensus does not say it.
 */
import { formatScore } from './instrument.ts';

export const CHANGE_INSTRUMENTS = ['oswestry', 'roland-morris', 'pain'] as const;
export type ChangeInstrument = (typeof CHANGE_INSTRUMENTS)[number];

export const MEANINGFUL_CHANGE = {
  oswestry: { name: 'Oswestry', points: 10, percentOfBaseline: 30 },
  'roland-morris': { name: 'Roland-Morris', points: 5, percentOfBaseline: 30 },
  pain: { name: 'Pain', points: 2, percentOfBaseline: 30 },
} as const satisfies Record<ChangeInstrument, { name: string; points: number; percentOfBaseline: number }>;

export type ChangeVerdict = 'improved' | 'worsened' | 'no-meaningful-change';
/** The threshold the change reached; with both reached, points (the plainer of the two) is named. */
export type ChangeThreshold = 'points' | 'percent';

export interface MeaningfulChange {
  instrumentId: ChangeInstrument;
  baseline: number;
  latest: number;
  /** latest − baseline: negative is better. */
  change: number;
  /** The change as a percentage of the baseline; null when the baseline is 0. */
  percentChange: number | null;
  verdict: ChangeVerdict;
  threshold: ChangeThreshold | null;
  thresholds: { points: number; percentOfBaseline: number };
  sentence: string;
}

/** Scores such as 35.555… (16 of 45) make exact comparisons fragile; a hair's breadth is not a change. */
const TOLERANCE = 1e-9;

function reachesPoints(amount: number, points: number): boolean {
  return amount >= points - TOLERANCE;
}

function reachesPercent(amount: number, baseline: number, percent: number): boolean {
  return baseline > 0 && amount * 100 >= baseline * percent - TOLERANCE;
}

function pointsWord(amount: number): string {
  return `${formatScore(amount)} ${formatScore(amount) === '1' ? 'point' : 'points'}`;
}

function describe(result: Omit<MeaningfulChange, 'sentence'>): string {
  const { name, points, percentOfBaseline } = MEANINGFUL_CHANGE[result.instrumentId];
  const head = `${name} ${formatScore(result.baseline)} → ${formatScore(result.latest)}`;
  const amount = Math.abs(result.change);
  if (amount < TOLERANCE) {
    return `${head}: no change (a meaningful change is ${points} points, or ${percentOfBaseline}% of where you started).`;
  }
  const moved = `${pointsWord(amount)} ${result.change < 0 ? 'better' : 'worse'}`;
  if (result.verdict === 'improved' && result.threshold === 'points') {
    return `${head}: ${moved}, a meaningful improvement (${points} points or more).`;
  }
  if (result.verdict === 'improved') {
    const percent = Math.round(Math.abs(result.percentChange ?? 0));
    return `${head}: ${moved}, ${percent}% less than at the start, a meaningful improvement (${percentOfBaseline}% or more).`;
  }
  if (result.verdict === 'worsened') {
    return `${head}: ${moved}, a meaningful change for the worse (${points} points or more).`;
  }
  return `${head}: ${moved}, within the usual ups and downs (a meaningful change is ${points} points, or ${percentOfBaseline}% of where you started).`;
}

export function meaningfulChange(
  instrumentId: ChangeInstrument,
  baseline: number,
  latest: number,
): MeaningfulChange {
  const { points, percentOfBaseline } = MEANINGFUL_CHANGE[instrumentId];
  const change = latest - baseline;
  const better = -change;
  let verdict: ChangeVerdict = 'no-meaningful-change';
  let threshold: ChangeThreshold | null = null;
  if (better > 0 && reachesPoints(better, points)) {
    verdict = 'improved';
    threshold = 'points';
  } else if (better > 0 && reachesPercent(better, baseline, percentOfBaseline)) {
    verdict = 'improved';
    threshold = 'percent';
  } else if (change > 0 && reachesPoints(change, points)) {
    verdict = 'worsened';
    threshold = 'points';
  }
  const result = {
    instrumentId,
    baseline,
    latest,
    change,
    percentChange: baseline === 0 ? null : (change / baseline) * 100,
    verdict,
    threshold,
    thresholds: { points, percentOfBaseline },
  };
  return { ...result, sentence: describe(result) };
}

/**
 * The band a chart draws around the baseline: at or below `improvedAtOrBelow` is a meaningful improvement
 * (whichever of points or 30% comes first), at or above `worsenedAtOrAbove` a meaningful worsening.
 */
export function meaningfulChangeBand(
  instrumentId: ChangeInstrument,
  baseline: number,
): { improvedAtOrBelow: number; worsenedAtOrAbove: number } {
  const { points, percentOfBaseline } = MEANINGFUL_CHANGE[instrumentId];
  const smallestImprovement = Math.min(points, (baseline * percentOfBaseline) / 100);
  return {
    improvedAtOrBelow: baseline - (baseline > 0 ? smallestImprovement : points),
    worsenedAtOrAbove: baseline + points,
  };
}
