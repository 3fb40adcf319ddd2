import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../engine/dates.ts';
import type { InstrumentId } from './instrument.ts';
import {
  type MeasureHistory,
  measuresDueToday,
  type Snooze,
  scheduledInstruments,
  snoozeSchema,
  type TakenMeasure,
} from './schedule.ts';

const BASELINE = '2026-03-02';
const FOUR_WEEKLY: InstrumentId[] = ['oswestry', 'start-back', 'chair-stand', 'hoos-12'];
const ALL: InstrumentId[] = ['oswestry', 'pain', 'start-back', 'chair-stand', 'hoos-12'];

function day(offset: number): string {
  return addDays(BASELINE, offset);
}

function takenOn(offset: number, ids: readonly InstrumentId[] = ALL): TakenMeasure[] {
  return ids.map((instrumentId) => ({ instrumentId, on: day(offset) }));
}

function dueOn(offset: number, taken: TakenMeasure[], snoozes: Snooze[] = []) {
  const history: MeasureHistory = {
    baselineOn: BASELINE,
    today: day(offset),
    disability: 'oswestry',
    taken,
    snoozes,
    skips: [],
  };
  return measuresDueToday(history);
}

function regular(instrumentId: InstrumentId, dueSince: string) {
  return { instrumentId, dueSince, kind: 'regular', canSkip: false };
}

function dueIds(offset: number, taken: TakenMeasure[], snoozes: Snooze[] = []): InstrumentId[] {
  return dueOn(offset, taken, snoozes).due.map((measure) => measure.instrumentId);
}

describe('the outcome schedule', () => {
  it('asks pain and the chair stand at baseline when nothing is measured yet, the rest through the first week', () => {
    expect(dueOn(0, []).due).toEqual(
      (['pain', 'chair-stand'] as const).map((instrumentId) => ({
        instrumentId,
        dueSince: BASELINE,
        kind: 'regular',
        canSkip: false,
      })),
    );
  });

  it('asks nothing more on baseline day once everything is answered, and nothing before baseline', () => {
    expect(dueIds(0, takenOn(0))).toEqual([]);
    expect(dueIds(-1, [])).toEqual([]);
  });

  it('asks pain every week and the rest every 4 weeks', () => {
    let taken = takenOn(0);
    for (const week of [1, 2, 3]) {
      expect(dueIds(week * 7 - 1, taken)).toEqual([]);
      expect(dueIds(week * 7, taken)).toEqual(['pain']);
      taken = [...taken, ...takenOn(week * 7, ['pain'])];
    }
    expect(dueIds(28, taken)).toEqual(ALL);
  });

  it('asks the configured disability questionnaire', () => {
    expect(scheduledInstruments('roland-morris')).toEqual([
      'roland-morris',
      'pain',
      'start-back',
      'chair-stand',
      'hoos-12',
    ]);
    const history: MeasureHistory = {
      baselineOn: BASELINE,
      today: day(1),
      disability: 'roland-morris',
      taken: [],
      snoozes: [],
      skips: [],
    };
    expect(measuresDueToday(history).due.map((measure) => measure.instrumentId)).toContain('roland-morris');
  });

  it('keeps a missed measure due, from the occasion it was first missed', () => {
    const { due } = dueOn(60, takenOn(0));
    expect(due).toContainEqual(regular('hoos-12', day(28)));
    expect(due).toContainEqual(regular('pain', day(7)));
  });

  it('counts a late answer for the occasion it was due, and asks again at the next', () => {
    const taken = [...takenOn(0), ...takenOn(31, FOUR_WEEKLY)];
    expect(dueIds(40, taken)).toEqual(['pain']);
    expect(dueIds(56, taken)).toEqual(ALL);
  });

  it('does not ask again a day after a very late answer: within a week before an occasion it counts for it', () => {
    const taken = [...takenOn(0), ...takenOn(55, FOUR_WEEKLY)];
    expect(dueIds(56, taken)).toEqual(['pain']);
    expect(dueIds(84, taken)).toEqual(ALL);
  });

  it('ignores answers dated after today', () => {
    expect(dueIds(0, takenOn(3))).toEqual(['pain', 'chair-stand']);
    expect(dueIds(1, takenOn(3))).toEqual(['oswestry', 'pain', 'chair-stand']);
  });
});

describe('snoozing a due measure', () => {
  const taken = takenOn(0);
  const snoozeHoos: Snooze = { instrumentId: 'hoos-12', on: day(28), days: 3 };

  it('hides it for the days asked, lists it as snoozed, then shows it again', () => {
    expect(dueIds(28, taken, [snoozeHoos])).not.toContain('hoos-12');
    expect(dueOn(30, taken, [snoozeHoos]).snoozed).toEqual([
      { ...regular('hoos-12', day(28)), until: day(31) },
    ]);
    expect(dueIds(31, taken, [snoozeHoos])).toContain('hoos-12');
  });

  it('never moves the date it was due from', () => {
    expect(dueOn(31, taken, [snoozeHoos]).due).toContainEqual(regular('hoos-12', day(28)));
  });

  it('does not carry a snooze made before the measure fell due', () => {
    expect(dueIds(28, taken, [{ instrumentId: 'hoos-12', on: day(26), days: 3 }])).toContain('hoos-12');
  });

  it('lasts at most 3 days, even if a longer one slipped past validation', () => {
    expect(dueIds(31, taken, [{ ...snoozeHoos, days: 10 }])).toContain('hoos-12');
    expect(snoozeSchema.safeParse({ ...snoozeHoos, days: 4 }).success).toBe(false);
    expect(snoozeSchema.safeParse({ ...snoozeHoos, days: 0 }).success).toBe(false);
    expect(snoozeSchema.safeParse(snoozeHoos).success).toBe(true);
  });
});

const instrumentArbitrary = fc.constantFrom(...ALL);
const historyArbitrary = fc.record({
  today: fc.integer({ min: 0, max: 200 }),
  taken: fc.array(
    fc.record({ instrumentId: instrumentArbitrary, offset: fc.integer({ min: -5, max: 200 }) }),
    {
      maxLength: 30,
    },
  ),
  snoozes: fc.array(
    fc.record({
      instrumentId: instrumentArbitrary,
      offset: fc.integer({ min: 0, max: 200 }),
      days: fc.integer({ min: 1, max: 3 }),
    }),
    { maxLength: 10 },
  ),
});

describe('the outcome schedule, for any history once the baseline is complete', () => {
  it('never loses a measure: one not answered since its last occasion is due or snoozed, once, and a snooze ends within 3 days', () => {
    fc.assert(
      fc.property(historyArbitrary, ({ today, taken, snoozes }) => {
        const result = dueOn(
          today,
          [...takenOn(0), ...taken.map(({ instrumentId, offset }) => ({ instrumentId, on: day(offset) }))],
          snoozes.map(({ instrumentId, offset, days }) => ({ instrumentId, on: day(offset), days })),
        );
        const listed = [...result.due, ...result.snoozed].map((measure) => measure.instrumentId);
        expect(new Set(listed).size).toBe(listed.length);
        for (const instrumentId of ALL) {
          const every = instrumentId === 'pain' ? 7 : 28;
          const early = instrumentId === 'pain' ? 2 : 7;
          const lastOccasion = Math.floor(today / every) * every;
          const answered = [...taken, ...takenOn(0).map((entry) => ({ ...entry, offset: 0 }))].some(
            (entry) =>
              entry.instrumentId === instrumentId &&
              entry.offset <= today &&
              entry.offset >= lastOccasion - early,
          );
          expect(listed.includes(instrumentId)).toBe(!answered);
        }
        for (const measure of result.snoozed) {
          expect(measure.until > day(today)).toBe(true);
          expect(measure.until <= day(today + 3)).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });
});
