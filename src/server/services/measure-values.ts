/**
 * The one number each instrument is charted and compared by (its headline), read from a stored score.
 * Scores are stored as the core computed them; this picks the published total, or for pain the week's
 * average (the recall period the meaningful-change consensus used), falling back to pain now when the
 * average was skipped.
 */
import type { Headline } from '../../contract/measures.ts';
import {
  CHANGE_INSTRUMENTS,
  type ChangeInstrument,
  INSTRUMENTS,
  type Instrument,
  type InstrumentId,
} from '../../core/outcomes/index.ts';

/** Each instrument's headline: lower is better for the back questionnaires and pain; higher for stands and HOOS-12. */
export const HEADLINES: Record<InstrumentId, Headline> = {
  oswestry: { label: 'Oswestry Disability Index (0–100)', isHigherBetter: false, min: 0, max: 100 },
  'roland-morris': { label: 'Roland-Morris score (0–24)', isHigherBetter: false, min: 0, max: 24 },
  pain: { label: 'Back pain, average over the last week (0–10)', isHigherBetter: false, min: 0, max: 10 },
  'start-back': { label: 'STarT Back total (0–9)', isHigherBetter: false, min: 0, max: 9 },
  'chair-stand': { label: 'Chair stands in 30 seconds', isHigherBetter: true, min: 0, max: 60 },
  'hoos-12': { label: 'HOOS-12 summary (0–100)', isHigherBetter: true, min: 0, max: 100 },
};

function numberOrNull(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

export function headlineValue(instrumentId: InstrumentId, score: unknown): number | null {
  if (typeof score !== 'object' || score === null) return null;
  const fields = score as Record<string, unknown>;
  switch (instrumentId) {
    case 'oswestry':
    case 'roland-morris':
      return numberOrNull(fields.score);
    case 'pain':
      return numberOrNull(fields.weekAverage) ?? numberOrNull(fields.now);
    case 'start-back':
      return numberOrNull(fields.total);
    case 'chair-stand':
      return numberOrNull(fields.stands);
    case 'hoos-12':
      return numberOrNull(fields.summary);
  }
}

export function isChangeInstrument(instrumentId: InstrumentId): instrumentId is ChangeInstrument {
  return (CHANGE_INSTRUMENTS as readonly string[]).includes(instrumentId);
}

/** Any instrument, walked without knowing which: answers arrive as `unknown` and are checked here. */
export function instrumentOf(instrumentId: InstrumentId): Instrument<unknown, unknown> {
  return INSTRUMENTS[instrumentId] as unknown as Instrument<unknown, unknown>;
}

/** JSON with object keys sorted, so answers stored as jsonb compare equal to the same answers sent again. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
}
