import { z } from 'zod';
import { isoDateSchema } from '../core/engine/index.ts';
import {
  CHANGE_INSTRUMENTS,
  chairStandAnswersSchema,
  DISABILITY_INSTRUMENTS,
  hoos12AnswersSchema,
  INSTRUMENT_IDS,
  MEASURE_SCHEDULE,
  oswestryAnswersSchema,
  painAnswersSchema,
  rolandMorrisAnswersSchema,
  startBackAnswersSchema,
} from '../core/outcomes/index.ts';
import { clientIdSchema } from './common.ts';
import type { MemberDateSchema } from './dates.ts';

/**
 * Outcome measures: the instruments' forms, recording, history with meaningful change, due, snooze and
 * first-week skip.
 * Built from the core's own answer schemas so the two cannot drift.
 */
export type { DisabilityInstrument, InstrumentId, StartBackRisk } from '../core/outcomes/index.ts';

export const instrumentIdSchema = z.enum(INSTRUMENT_IDS, {
  error: `expected one of ${INSTRUMENT_IDS.join(', ')}`,
});

export const instrumentParamsSchema = z.object({ instrumentId: instrumentIdSchema });

function measureBody<Id extends string, Answers extends z.ZodType>(
  instrumentId: Id,
  answers: Answers,
  memberDate: MemberDateSchema,
) {
  return z.strictObject({
    id: clientIdSchema,
    instrumentId: z.literal(instrumentId),
    takenOn: memberDate.describe("The member's local date the measure was taken"),
    answers,
  });
}

/** Age and sex may be left out of a chair-stand test: age then comes from the assessment. */
const chairStandGivenSchema = chairStandAnswersSchema.partial({ age: true, sex: true });

/** A recorded measure's body; its date is checked against the server's clock by `memberDate`. */
export function recordMeasureBodySchema(memberDate: MemberDateSchema) {
  return z.discriminatedUnion(
    'instrumentId',
    [
      measureBody('oswestry', oswestryAnswersSchema, memberDate),
      measureBody('roland-morris', rolandMorrisAnswersSchema, memberDate),
      measureBody('pain', painAnswersSchema, memberDate),
      measureBody('start-back', startBackAnswersSchema, memberDate),
      measureBody('chair-stand', chairStandGivenSchema, memberDate),
      measureBody('hoos-12', hoos12AnswersSchema, memberDate),
    ],
    { error: `expected instrumentId to be one of ${INSTRUMENT_IDS.join(', ')}` },
  );
}

export type RecordMeasureBody = z.infer<ReturnType<typeof recordMeasureBodySchema>>;
/**
 * What the phone sends to record a measure (the id is made once per attempt and kept for its retries),
 * with the answers as its forms hold them: the server checks them against the instrument's own.
 */
export type MeasureSubmission = Omit<z.input<ReturnType<typeof recordMeasureBodySchema>>, 'answers'> & {
  answers: Record<string, unknown>;
};

const scoreRecordSchema = z.record(z.string(), z.unknown());

export const measureSchema = z.object({
  id: z.string(),
  instrumentId: instrumentIdSchema,
  takenOn: isoDateSchema,
  answers: scoreRecordSchema.describe(
    'The answers as stored, by item id; a missing key is an unanswered item',
  ),
  score: scoreRecordSchema.describe("The score the instrument's published scoring made of the answers"),
  value: z.number().nullable().describe('The headline number charts plot (see headline)'),
  recordedAt: z.iso.datetime(),
});
/** One time a member took an instrument, as stored and scored by the server. */
export type Measure = z.infer<typeof measureSchema>;

const headlineSchema = z.object({
  label: z.string(),
  isHigherBetter: z.boolean(),
  min: z.number(),
  max: z.number(),
});
/** The one number an instrument is charted by, and which way is better. */
export type Headline = z.infer<typeof headlineSchema>;

const pointSchema = z.object({ measureId: z.string(), takenOn: isoDateSchema, value: z.number() });
export type MeasurePoint = z.infer<typeof pointSchema>;

const meaningfulChangeSchema = z.object({
  instrumentId: z.enum(CHANGE_INSTRUMENTS),
  baseline: z.number(),
  latest: z.number(),
  change: z.number(),
  percentChange: z.number().nullable(),
  verdict: z.enum(['improved', 'worsened', 'no-meaningful-change']),
  threshold: z.enum(['points', 'percent']).nullable(),
  thresholds: z.object({ points: z.number(), percentOfBaseline: z.number() }),
  sentence: z.string(),
});
export type MeaningfulChange = z.infer<typeof meaningfulChangeSchema>;

export const instrumentProgressSchema = z.object({
  instrumentId: instrumentIdSchema,
  name: z.string().describe('The published name, for the details and the report'),
  headline: headlineSchema,
  count: z.int(),
  /** The first measure with a headline value: every change is counted from it. */
  baseline: pointSchema.nullable(),
  latest: pointSchema.nullable(),
  /** Baseline → latest judged by the published threshold (Oswestry, Roland-Morris, pain); else null. */
  change: meaningfulChangeSchema.nullable(),
  /** The band a chart draws around the baseline (the same three instruments); else null. */
  band: z.object({ improvedAtOrBelow: z.number(), worsenedAtOrAbove: z.number() }).nullable(),
  /** Chair stands: the latest against the published range, or the member's own first test. */
  comparison: z.string().nullable(),
});
export type InstrumentProgress = z.infer<typeof instrumentProgressSchema>;

export const instrumentHistorySchema = instrumentProgressSchema.extend({ measures: z.array(measureSchema) });
export type InstrumentHistory = z.infer<typeof instrumentHistorySchema>;

/** `dueSince`: the first occasion not yet answered; it stays until the measure is taken. */
const dueMeasureSchema = z.object({
  instrumentId: instrumentIdSchema,
  dueSince: isoDateSchema,
  kind: z
    .enum(['first-week', 'regular'])
    .describe('A baseline questionnaire of the first week (one a day), or a measure on its regular occasion'),
  canSkip: z
    .boolean()
    .describe('A first-week questionnaire may be skipped once: it then comes after the others'),
});
export type DueMeasure = z.infer<typeof dueMeasureSchema>;

export const dueTodaySchema = z.object({
  baselineOn: isoDateSchema,
  due: z.array(dueMeasureSchema),
  /** Due, but put off `until` the day it shows on Today again. */
  snoozed: z.array(dueMeasureSchema.extend({ until: isoDateSchema })),
  firstWeekNext: z
    .array(z.object({ instrumentId: instrumentIdSchema, on: isoDateSchema }))
    .describe('The first-week questionnaires still to come after today, one a day, with the day of each'),
});
export type DueToday = z.infer<typeof dueTodaySchema>;
export type SnoozedMeasure = DueToday['snoozed'][number];

export const measuresSummarySchema = dueTodaySchema.extend({
  disabilityInstrument: z.enum(DISABILITY_INSTRUMENTS),
  instruments: z.array(instrumentProgressSchema),
  startBack: z
    .object({
      risk: z.enum(['low', 'medium', 'high']).nullable(),
      isHighRisk: z.boolean(),
      takenOn: isoDateSchema,
    })
    .nullable()
    .describe(
      'The latest complete STarT Back screen: high risk is shown to the coach and changes education cards',
    ),
});
export type MeasuresSummary = z.infer<typeof measuresSummarySchema>;
export type StartBackSummary = NonNullable<MeasuresSummary['startBack']>;

export function snoozeBodySchema(memberDate: MemberDateSchema) {
  return z.strictObject({
    id: clientIdSchema,
    instrumentId: instrumentIdSchema,
    on: memberDate.optional().describe("The member's local date; defaults to the server's"),
    days: z
      .int()
      .min(1)
      .max(MEASURE_SCHEDULE.snoozeDaysMost, `a snooze lasts at most ${MEASURE_SCHEDULE.snoozeDaysMost} days`),
  });
}
export type SnoozeBody = z.input<ReturnType<typeof snoozeBodySchema>>;

export const snoozeSchema = z.object({
  id: z.string(),
  instrumentId: instrumentIdSchema,
  on: isoDateSchema,
  days: z.int(),
  until: isoDateSchema,
});
export type Snooze = z.infer<typeof snoozeSchema>;

export function skipBodySchema(memberDate: MemberDateSchema) {
  return z.strictObject({
    id: clientIdSchema,
    instrumentId: instrumentIdSchema,
    on: memberDate.optional().describe("The member's local date; defaults to the server's"),
  });
}
export type SkipBody = z.input<ReturnType<typeof skipBodySchema>>;

export const skipSchema = z.object({
  id: z.string(),
  instrumentId: instrumentIdSchema,
  on: isoDateSchema,
  comesBackOn: isoDateSchema.describe(
    'The day it is asked again, after the first-week questionnaires still waiting',
  ),
});
/** A first-week questionnaire put behind the others, once. */
export type Skip = z.infer<typeof skipSchema>;

const answerOptionSchema = z.object({ value: z.number(), label: z.string() });

export const instrumentDefinitionSchema = z.object({
  id: instrumentIdSchema,
  name: z.string().describe('The published name, for the details: "Oswestry Disability Index"'),
  plainName: z.string().describe('What members read: "Back function questionnaire"'),
  minutes: z.int().describe('Roughly how long it takes, in minutes'),
  intro: z.string(),
  source: z.string(),
  loinc: z.object({ panel: z.string().optional(), score: z.string().optional() }),
  headline: headlineSchema,
  everyDays: z.int().describe('Due again this many days after the last occasion (7 for pain, else 28)'),
  items: z.array(
    z.object({
      id: z.string(),
      text: z.string(),
      subscale: z.string().optional(),
      loinc: z.string().optional(),
      answer: z.discriminatedUnion('kind', [
        z.object({ kind: z.literal('choice'), options: z.array(answerOptionSchema) }),
        z.object({ kind: z.literal('count'), min: z.number(), max: z.number(), unit: z.string() }),
      ]),
    }),
  ),
});
/** An instrument as the web forms need it: items, options, intro, and how often it is asked. */
export type InstrumentDefinition = z.infer<typeof instrumentDefinitionSchema>;
export type InstrumentItem = InstrumentDefinition['items'][number];

export const instrumentListSchema = z.object({
  disabilityInstrument: z.enum(['oswestry', 'roland-morris']),
  oswestryWording: z.enum(['paraphrase', 'licensed']),
  snoozeDaysMost: z.int(),
  instruments: z.array(instrumentDefinitionSchema),
});
export type InstrumentList = z.infer<typeof instrumentListSchema>;
