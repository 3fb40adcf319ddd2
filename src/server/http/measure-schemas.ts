import { z } from 'zod';
import { isoDateSchema } from '../../core/engine/index.ts';
import {
  CHANGE_MEASURES,
  chairStandAnswersSchema,
  DISABILITY_INSTRUMENTS,
  hoos12AnswersSchema,
  INSTRUMENT_IDS,
  MEASURE_SCHEDULE,
  oswestryAnswersSchema,
  painAnswersSchema,
  rolandMorrisAnswersSchema,
  startBackAnswersSchema,
} from '../../core/outcomes/index.ts';
import type { MemberDateSchema } from './member-date.ts';
import { clientIdSchema } from './training-schemas.ts';

/** Shapes of the measures API, built from the core's own answer schemas so the two cannot drift. */
export const instrumentIdSchema = z.enum(INSTRUMENT_IDS, {
  error: `expected one of ${INSTRUMENT_IDS.join(', ')}`,
});

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

const headlineSchema = z.object({
  label: z.string(),
  isHigherBetter: z.boolean(),
  min: z.number(),
  max: z.number(),
});

const pointSchema = z.object({ measureId: z.string(), takenOn: isoDateSchema, value: z.number() });

const meaningfulChangeSchema = z.object({
  measure: z.enum(CHANGE_MEASURES),
  baseline: z.number(),
  latest: z.number(),
  change: z.number(),
  percentChange: z.number().nullable(),
  verdict: z.enum(['improved', 'worsened', 'no-meaningful-change']),
  threshold: z.enum(['points', 'percent']).nullable(),
  thresholds: z.object({ points: z.number(), percentOfBaseline: z.number() }),
  sentence: z.string(),
});

export const instrumentProgressSchema = z.object({
  instrumentId: instrumentIdSchema,
  name: z.string(),
  headline: headlineSchema,
  count: z.int(),
  baseline: pointSchema.nullable(),
  latest: pointSchema.nullable(),
  change: meaningfulChangeSchema.nullable(),
  band: z.object({ improvedAtOrBelow: z.number(), worsenedAtOrAbove: z.number() }).nullable(),
  comparison: z.string().nullable(),
});

export const instrumentHistorySchema = instrumentProgressSchema.extend({ measures: z.array(measureSchema) });

const dueMeasureSchema = z.object({ instrumentId: instrumentIdSchema, dueSince: isoDateSchema });

export const dueTodaySchema = z.object({
  baselineOn: isoDateSchema,
  due: z.array(dueMeasureSchema),
  snoozed: z.array(dueMeasureSchema.extend({ until: isoDateSchema })),
});

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

export const snoozeSchema = z.object({
  id: z.string(),
  instrumentId: instrumentIdSchema,
  on: isoDateSchema,
  days: z.int(),
  until: isoDateSchema,
});

const answerOptionSchema = z.object({ value: z.number(), label: z.string() });

export const instrumentDefinitionSchema = z.object({
  id: instrumentIdSchema,
  name: z.string(),
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
