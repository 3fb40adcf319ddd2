/**
 * The clinician report's words for each outcome measure: how far it moved from baseline and what that
 * means by the published thresholds. Kept apart from the page so the verdicts can be tested on their own.
 */

import type { InstrumentProgress, MeasuresSummary } from '../../../contract/measures.ts';
import { MEANINGFUL_CHANGE } from '../../../core/outcomes/meaningful-change.ts';
import { formatNumber } from '../../format.ts';

/** Where the thresholds come from (see src/core/outcomes/meaningful-change.ts). */
export const MEANINGFUL_CHANGE_SOURCE =
  'Ostelo RWJG, Deyo RA, Stratford P, et al. Interpreting change scores for pain and functional status in low back pain: towards international consensus regarding minimal important change. Spine 2008;33(1):90–94.';

/** "Oswestry 10 points, Roland-Morris 5 points, Pain 2 points, or 30% better than baseline". */
export function thresholdsWords(): string {
  const entries = Object.values(MEANINGFUL_CHANGE);
  const points = entries.map((entry) => `${entry.name} ${entry.points} points`).join(', ');
  return `${points}, or ${entries[0]?.percentOfBaseline ?? 30}% better than baseline`;
}

/** A signed number with a real minus sign: "−12", "+3", "0". */
export function signed(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  if (rounded === 0) return '0';
  return `${rounded < 0 ? '−' : '+'}${formatNumber(Math.abs(rounded))}`;
}

/** Latest − baseline, with the percentage where the server gave one: "−12 (−30%)". */
export function changeWords(instrument: InstrumentProgress): string {
  const { baseline, latest, change } = instrument;
  if (!baseline || !latest || baseline.measureId === latest.measureId) return '—';
  const amount = signed(latest.value - baseline.value);
  if (change?.percentChange == null) return amount;
  return `${amount} (${signed(change.percentChange)}%)`;
}

const RISK_WORDS = { low: 'Low risk', medium: 'Medium risk', high: 'High risk' } as const;

/** What the change means: the meaningful-change verdict, the STarT Back risk, or the chair-stand norms. */
export function verdictWords(
  instrument: InstrumentProgress,
  startBack: MeasuresSummary['startBack'],
): string {
  if (instrument.instrumentId === 'start-back') {
    if (!startBack) return 'Not taken';
    return startBack.risk ? RISK_WORDS[startBack.risk] : 'Not complete';
  }
  if (!instrument.baseline) return 'Not taken';
  const { change } = instrument;
  if (change) {
    const threshold =
      change.threshold === 'percent'
        ? `${change.thresholds.percentOfBaseline}% or more`
        : `${change.thresholds.points} points or more`;
    if (change.verdict === 'improved') return `Meaningful improvement (${threshold})`;
    if (change.verdict === 'worsened') return `Meaningful worsening (${threshold})`;
    return `No meaningful change (needs ${change.thresholds.points} points or ${change.thresholds.percentOfBaseline}%)`;
  }
  if (instrument.comparison) return instrument.comparison;
  if (instrument.latest && instrument.baseline.measureId === instrument.latest.measureId)
    return 'One score so far';
  return 'No meaningful-change threshold applied';
}
