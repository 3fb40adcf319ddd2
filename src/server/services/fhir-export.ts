/**
 * The member's measures as a FHIR R4 Bundle of type "collection", for a clinician's system: one
 * QuestionnaireResponse per measure taken (each answered item with its answer) and one Observation per
 * score, derived from it. LOINC codes are used where the core names one (Oswestry total 97909-6, pain
 * severity 72514-3); every other score has a code in Backstrong's own code system. No Patient resource:
 * the file is the member's own, and who it belongs to is for them to say.
 */
import { createHash } from 'node:crypto';
import type { Measure } from '../../contract/measures.ts';
import { type InstrumentId, type InstrumentItem, OSWESTRY, PAIN } from '../../core/outcomes/index.ts';
import { instrumentOf } from './measure-values.ts';

export const FHIR = {
  loinc: 'http://loinc.org',
  ucum: 'http://unitsofmeasure.org',
  observationCategory: 'http://terminology.hl7.org/CodeSystem/observation-category',
  gender: 'http://hl7.org/fhir/administrative-gender',
  measures: 'https://backstrong.app/fhir/CodeSystem/measures',
  startBackRisk: 'https://backstrong.app/fhir/CodeSystem/start-back-risk',
  answersOf: (instrumentId: InstrumentId) => `https://backstrong.app/fhir/CodeSystem/${instrumentId}-answers`,
  questionnaireOf: (instrumentId: InstrumentId) =>
    `https://backstrong.app/fhir/Questionnaire/${instrumentId}`,
} as const;

interface Coding {
  system: string;
  code: string;
  display?: string;
}

type ObservationValue =
  | { valueInteger: number }
  | { valueQuantity: { value: number; unit: string; system: string; code: string } }
  | { valueCodeableConcept: { coding: Coding[]; text: string } };

interface ScoreObservation {
  key: string;
  coding: Coding;
  text: string;
  value: ObservationValue;
}

/** A stable UUID (name-based, SHA-1, version 5 layout) so exporting twice gives the same ids. */
export function stableUuid(name: string): string {
  const hex = createHash('sha1').update(name).digest('hex').slice(0, 32).split('');
  hex[12] = '5';
  hex[16] = ((Number.parseInt(hex[16] ?? '0', 16) & 0x3) | 0x8).toString(16);
  const h = hex.join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

const ours = (code: string, display: string): Coding => ({ system: FHIR.measures, code, display });
const integer = (value: number): ObservationValue => ({ valueInteger: value });
const score = (value: number, unit = '{score}'): ObservationValue => ({
  valueQuantity: { value: Math.round(value * 10) / 10, unit, system: FHIR.ucum, code: unit },
});
const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

function scoreObservations(measure: Measure): ScoreObservation[] {
  const s = measure.score;
  const found: (ScoreObservation | null)[] = [];
  const add = (key: string, coding: Coding, value: ObservationValue | null) =>
    found.push(value ? { key, coding, text: coding.display ?? key, value } : null);
  switch (measure.instrumentId) {
    case 'oswestry':
      add(
        'score',
        { system: FHIR.loinc, code: OSWESTRY.loinc.score ?? '', display: 'Oswestry Disability Index score' },
        isNumber(s.score) ? score(s.score, '%') : null,
      );
      break;
    case 'roland-morris':
      add(
        'score',
        ours('roland-morris-score', 'Roland-Morris Disability Questionnaire score (0–24)'),
        isNumber(s.score) ? integer(s.score) : null,
      );
      break;
    case 'pain':
      add(
        'now',
        { system: FHIR.loinc, code: PAIN.loinc.score ?? '', display: 'Pain severity 0–10, now' },
        isNumber(s.now) ? integer(s.now) : null,
      );
      add(
        'week-average',
        ours('pain-week-average', 'Back pain 0–10, average over the last 7 days'),
        isNumber(s.weekAverage) ? integer(s.weekAverage) : null,
      );
      break;
    case 'start-back':
      add(
        'total',
        ours('start-back-total', 'STarT Back total score (0–9)'),
        isNumber(s.total) ? integer(s.total) : null,
      );
      add(
        'psychosocial',
        ours('start-back-psychosocial', 'STarT Back psychosocial subscale (0–5)'),
        isNumber(s.psychosocial) ? integer(s.psychosocial) : null,
      );
      if (typeof s.risk === 'string') {
        add('risk', ours('start-back-risk', 'STarT Back risk group'), {
          valueCodeableConcept: {
            coding: [{ system: FHIR.startBackRisk, code: s.risk }],
            text: `${s.risk} risk`,
          },
        });
      }
      break;
    case 'chair-stand':
      add(
        'stands',
        ours('chair-stand-30s', '30-second chair stand: stands'),
        isNumber(s.stands) ? integer(s.stands) : null,
      );
      break;
    case 'hoos-12': {
      const subscales = (s.subscales ?? {}) as Record<string, unknown>;
      for (const [key, label] of [
        ['pain', 'pain'],
        ['function', 'function'],
        ['quality-of-life', 'quality of life'],
      ] as const) {
        const value = subscales[key];
        add(key, ours(`hoos-12-${key}`, `HOOS-12 ${label} (0–100)`), isNumber(value) ? score(value) : null);
      }
      add(
        'summary',
        ours('hoos-12-summary', 'HOOS-12 summary impact (0–100)'),
        isNumber(s.summary) ? score(s.summary) : null,
      );
      break;
    }
  }
  return found.filter((entry) => entry !== null);
}

type Answer = { valueInteger: number } | { valueCoding: Coding };

/** The 0–10 pain rating is a number, not a category: its answers are integers. */
const NUMERIC_RATINGS: readonly InstrumentId[] = ['pain'];

function itemAnswers(instrumentId: InstrumentId, item: InstrumentItem, given: unknown): Answer[] {
  const values = (Array.isArray(given) ? given : [given]).filter(isNumber);
  if (item.answer.kind === 'count' || NUMERIC_RATINGS.includes(instrumentId)) {
    return values.map((value) => ({ valueInteger: value }));
  }
  const options = item.answer.options;
  return [...new Set(values)].map((value) => ({
    valueCoding: {
      system: FHIR.answersOf(instrumentId),
      code: String(value),
      display: options.find((option) => option.value === value)?.label ?? String(value),
    },
  }));
}

function questionnaireItems(measure: Measure) {
  const instrument = instrumentOf(measure.instrumentId);
  const items = instrument.items
    .map((item) => ({
      linkId: item.id,
      text: item.text,
      answer: itemAnswers(measure.instrumentId, item, measure.answers[item.id]),
    }))
    .filter((item) => item.answer.length > 0);
  if (measure.instrumentId === 'chair-stand') {
    const { age, sex } = measure.answers;
    if (isNumber(age))
      items.push({ linkId: 'age', text: 'Age on the day of the test', answer: [{ valueInteger: age }] });
    if (sex === 'female' || sex === 'male') {
      items.push({
        linkId: 'sex',
        text: 'Sex, for the published reference range',
        answer: [
          { valueCoding: { system: FHIR.gender, code: sex, display: sex === 'female' ? 'Female' : 'Male' } },
        ],
      });
    }
  }
  return items;
}

export function measuresBundle(measures: readonly Measure[], now: Date) {
  const entry = measures.flatMap((measure) => {
    const responseUrl = `urn:uuid:${measure.id.toLowerCase()}`;
    const response = {
      fullUrl: responseUrl,
      resource: {
        resourceType: 'QuestionnaireResponse' as const,
        id: measure.id,
        questionnaire: FHIR.questionnaireOf(measure.instrumentId),
        status: 'completed' as const,
        authored: measure.takenOn,
        item: questionnaireItems(measure),
      },
    };
    const observations = scoreObservations(measure).map((observation) => {
      const id = stableUuid(`${measure.id}/${observation.key}`);
      return {
        fullUrl: `urn:uuid:${id}`,
        resource: {
          resourceType: 'Observation' as const,
          id,
          status: 'final' as const,
          category: [
            {
              coding: [
                measure.instrumentId === 'chair-stand'
                  ? { system: FHIR.observationCategory, code: 'exam', display: 'Exam' }
                  : { system: FHIR.observationCategory, code: 'survey', display: 'Survey' },
              ],
            },
          ],
          code: { coding: [observation.coding], text: observation.text },
          effectiveDateTime: measure.takenOn,
          issued: measure.recordedAt,
          ...observation.value,
          derivedFrom: [{ reference: responseUrl, type: 'QuestionnaireResponse' }],
        },
      };
    });
    return [response, ...observations];
  });
  return {
    resourceType: 'Bundle' as const,
    id: stableUuid(`bundle/${now.toISOString()}/${measures.map((measure) => measure.id).join(',')}`),
    type: 'collection' as const,
    timestamp: now.toISOString(),
    entry,
  };
}
