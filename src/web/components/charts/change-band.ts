/**
 * What a measure's chart draws around the first score: the baseline line and, for the measures with a
 * published meaningful change (Oswestry 10 points, Roland-Morris 5, pain 2, or 30% better), the band of
 * usual ups and downs. A score outside the band is a meaningful change. The edges are the server's, the
 * same ones its verdict uses, so the picture and the sentence under it always agree.
 */
import type { Headline, InstrumentProgress } from '../../../contract/measures.ts';

export interface ChangeBand {
  baseline: number;
  /** The band's lower and upper edge, kept inside the instrument's scale; null for instruments without one. */
  band: { low: number; high: number } | null;
}

function clamp(value: number, headline: Headline): number {
  return Math.min(headline.max, Math.max(headline.min, value));
}

export function changeBandOf(
  instrument: Pick<InstrumentProgress, 'baseline' | 'band' | 'headline'>,
): ChangeBand | null {
  if (!instrument.baseline) return null;
  const { headline } = instrument;
  if (!instrument.band) return { baseline: instrument.baseline.value, band: null };
  const edges = [instrument.band.improvedAtOrBelow, instrument.band.worsenedAtOrAbove];
  return {
    baseline: instrument.baseline.value,
    band: { low: clamp(Math.min(...edges), headline), high: clamp(Math.max(...edges), headline) },
  };
}

/**
 * The y range of a measure's chart. Questionnaires show their whole scale, so a change looks as big as it
 * is; a count of chair stands has no real top (60 would flatten every line), so its axis fits the member's
 * own numbers with room above.
 */
export function measureRange(
  instrument: Pick<InstrumentProgress, 'instrumentId' | 'headline'>,
  values: readonly number[],
): [number, number] {
  const { min, max } = instrument.headline;
  if (instrument.instrumentId !== 'chair-stand') return [min, max];
  const highest = Math.max(min + 1, ...values);
  return [min, Math.min(max, Math.ceil((highest * 1.25) / 5) * 5)];
}
