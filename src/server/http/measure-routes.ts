import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { memberDateSchema, serverToday, todayQuerySchema } from '../../contract/dates.ts';
import {
  dueTodaySchema,
  type InstrumentDefinition,
  instrumentHistorySchema,
  instrumentListSchema,
  instrumentParamsSchema,
  measureSchema,
  measuresSummarySchema,
  recordMeasureBodySchema,
  skipBodySchema,
  skipSchema,
  snoozeBodySchema,
  snoozeSchema,
} from '../../contract/measures.ts';
import {
  INSTRUMENT_NAMES,
  type InstrumentId,
  MEASURE_SCHEDULE,
  OSWESTRY_WORDING_SOURCE,
  scheduledInstruments,
} from '../../core/outcomes/index.ts';
import { skipMeasure } from '../services/measure-skips.ts';
import { HEADLINES, instrumentOf } from '../services/measure-values.ts';
import { instrumentHistory, measuresSummary } from '../services/measure-views.ts';
import { dueMeasures, recordMeasure, snoozeMeasure } from '../services/measures.ts';
import type { AppContext } from './context.ts';
import { commonProblems, problemsWithConflict } from './schemas.ts';

/** An instrument as the web forms need it: items, options, intro, and how often it is asked. */
function instrumentDefinition(id: InstrumentId): InstrumentDefinition {
  const { name, intro, source, loinc, items } = instrumentOf(id);
  const cadence = id === 'pain' ? MEASURE_SCHEDULE.weekly : MEASURE_SCHEDULE.fourWeekly;
  return {
    id,
    name,
    plainName: INSTRUMENT_NAMES[id].plain,
    minutes: INSTRUMENT_NAMES[id].minutes,
    intro,
    source,
    loinc,
    headline: HEADLINES[id],
    everyDays: cadence.everyDays,
    items: items.map((item) => ({
      ...item,
      answer:
        item.answer.kind === 'choice' ? { ...item.answer, options: [...item.answer.options] } : item.answer,
    })),
  };
}

/** Outcome measures: the instruments' forms, recording, history with meaningful change, due, snooze and skip. */
export function measureRoutes(context: AppContext): FastifyPluginAsyncZod {
  const { db } = context;
  const disability = context.config.disabilityInstrument;
  const memberDate = memberDateSchema(context.clock);
  const todayQuery = todayQuerySchema(memberDate);
  return async (app) => {
    app.get(
      '/api/measures/instruments',
      {
        schema: {
          tags: ['measures'],
          summary: 'The instruments asked, with their items, answer options and intro, for the forms',
          description:
            'The disability questionnaire is the configured one (DISABILITY_INSTRUMENT). A chair-stand test may also give sex ("female" or "male", optional) and age (defaults to the assessment\'s).',
          response: { 200: instrumentListSchema },
        },
      },
      async () => ({
        disabilityInstrument: disability,
        oswestryWording: OSWESTRY_WORDING_SOURCE,
        snoozeDaysMost: MEASURE_SCHEDULE.snoozeDaysMost,
        instruments: scheduledInstruments(disability).map(instrumentDefinition),
      }),
    );

    app.get(
      '/api/measures',
      {
        schema: {
          tags: ['measures'],
          summary:
            'Progress on every instrument from baseline, the STarT Back risk, and the measures due today',
          querystring: todayQuery,
          response: { 200: measuresSummarySchema, ...commonProblems },
        },
      },
      async (request) => {
        const actor = await context.loginSessions.require(request);
        const today = request.query.today ?? serverToday(context.clock());
        return measuresSummary(db, actor, actor.id, today, disability);
      },
    );

    app.get(
      '/api/measures/due',
      {
        schema: {
          tags: ['measures'],
          summary: 'The measures due today, and those due but snoozed (they stay due)',
          querystring: todayQuery,
          response: { 200: dueTodaySchema, ...commonProblems },
        },
      },
      async (request) => {
        const actor = await context.loginSessions.require(request);
        return dueMeasures(
          db,
          actor,
          actor.id,
          request.query.today ?? serverToday(context.clock()),
          disability,
        );
      },
    );

    app.get(
      '/api/measures/:instrumentId',
      {
        schema: {
          tags: ['measures'],
          summary: 'Every time one instrument was taken, with baseline, latest and the meaningful change',
          params: instrumentParamsSchema,
          response: { 200: instrumentHistorySchema, ...commonProblems },
        },
      },
      async (request) => {
        const actor = await context.loginSessions.require(request);
        return instrumentHistory(db, actor, actor.id, request.params.instrumentId);
      },
    );

    app.post(
      '/api/measures',
      {
        schema: {
          tags: ['measures'],
          summary: 'Record a measure: the server checks the answers and scores them',
          description:
            'Idempotent by the client-made id: a retry answers 200 with the first result; the same id with other content is 409.',
          body: recordMeasureBodySchema(memberDate),
          response: { 200: measureSchema, 201: measureSchema, ...problemsWithConflict },
        },
      },
      async (request, reply) => {
        const actor = await context.loginSessions.require(request);
        const now = context.clock();
        const recorded = await recordMeasure(db, actor, actor.id, request.body, { disability, now });
        await context.alerts.soon(actor.id);
        await context.notificationSchedule?.memberChanged(actor.id);
        reply.status(recorded.isReplay ? 200 : 201);
        return recorded.measure;
      },
    );

    app.post(
      '/api/measures/snoozes',
      {
        schema: {
          tags: ['measures'],
          summary: 'Hide a due measure from "Today" for 1–3 days; it stays due and comes back',
          description: 'Idempotent by the client-made id.',
          body: snoozeBodySchema(memberDate),
          response: { 200: snoozeSchema, 201: snoozeSchema, ...problemsWithConflict },
        },
      },
      async (request, reply) => {
        const actor = await context.loginSessions.require(request);
        const now = context.clock();
        const on = request.body.on ?? serverToday(now);
        const snoozed = await snoozeMeasure(
          db,
          actor,
          actor.id,
          { ...request.body, on },
          { disability, now },
        );
        await context.notificationSchedule?.memberChanged(actor.id);
        reply.status(snoozed.isReplay ? 200 : 201);
        return snoozed.snooze;
      },
    );

    app.post(
      '/api/measures/skips',
      {
        schema: {
          tags: ['measures'],
          summary: "Skip today's first-week questionnaire: it comes back on a later day, after the others",
          description:
            'Only the first-week check-up of the day, and each questionnaire once (a second skip is 409). Idempotent by the client-made id.',
          body: skipBodySchema(memberDate),
          response: { 200: skipSchema, 201: skipSchema, ...problemsWithConflict },
        },
      },
      async (request, reply) => {
        const actor = await context.loginSessions.require(request);
        const now = context.clock();
        const on = request.body.on ?? serverToday(now);
        const skipped = await skipMeasure(db, actor, actor.id, { ...request.body, on }, { disability, now });
        await context.notificationSchedule?.memberChanged(actor.id);
        reply.status(skipped.isReplay ? 200 : 201);
        return skipped.skip;
      },
    );
  };
}
