/**
 * The web app's view of the measures API must be the server's: these comparisons are checked by the
 * TypeScript compiler (`npm run typecheck`), so a change to a schema on one side fails until the other
 * follows (at run time these assertions do nothing: the compiler is the test).
 */
import { describe, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import type {
  dueTodaySchema,
  instrumentDefinitionSchema,
  instrumentHistorySchema,
  measureSchema,
  measuresSummarySchema,
  RecordMeasureBody,
  snoozeSchema,
} from '../../server/http/measure-schemas.ts';
import type {
  DueToday,
  InstrumentDefinition,
  InstrumentHistory,
  Measure,
  MeasureSubmission,
  MeasuresSummary,
  Snooze,
} from './measures.ts';

describe('the measures API shapes', () => {
  it('are the server schemas’ shapes', () => {
    expectTypeOf<MeasuresSummary>().toEqualTypeOf<z.infer<typeof measuresSummarySchema>>();
    expectTypeOf<DueToday>().toEqualTypeOf<z.infer<typeof dueTodaySchema>>();
    expectTypeOf<InstrumentHistory>().toEqualTypeOf<z.infer<typeof instrumentHistorySchema>>();
    expectTypeOf<InstrumentDefinition>().toEqualTypeOf<z.infer<typeof instrumentDefinitionSchema>>();
    expectTypeOf<Measure>().toEqualTypeOf<z.infer<typeof measureSchema>>();
    expectTypeOf<Snooze>().toEqualTypeOf<z.infer<typeof snoozeSchema>>();
    // Every recording body the server accepts is a submission the phone can make.
    expectTypeOf<RecordMeasureBody>().toExtend<MeasureSubmission>();
  });
});
