import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../engine/dates.ts';
import { firstWeekInstruments, firstWeekPlan, type MeasureSkip } from './first-week.ts';
import type { InstrumentId } from './instrument.ts';
import {
  type MeasureHistory,
  measuresDueToday,
  scheduledInstruments,
  type TakenMeasure,
} from './schedule.ts';

const BASELINE = '2026-03-02';
const FIRST_WEEK: InstrumentId[] = ['oswestry', 'start-back', 'hoos-12'];

function day(offset: number): string {
  return addDays(BASELINE, offset);
}

/** What the assessment measured on the baseline day: pain and the chair stand. */
const ASSESSED: TakenMeasure[] = [
  { instrumentId: 'pain', on: BASELINE },
  { instrumentId: 'chair-stand', on: BASELINE },
];

function history(offset: number, taken: TakenMeasure[], skips: MeasureSkip[] = []): MeasureHistory {
  return { baselineOn: BASELINE, today: day(offset), disability: 'oswestry', taken, snoozes: [], skips };
}

function dueIds(offset: number, taken: TakenMeasure[], skips: MeasureSkip[] = []): InstrumentId[] {
  return measuresDueToday(history(offset, taken, skips)).due.map((measure) => measure.instrumentId);
}

/**
 * A member who opens Today every day and does what `choose` says with the one check-up shown: the days
 * 1–7 as they would live them, and what each day showed.
 */
function liveTheWeek(choose: (instrumentId: InstrumentId, canSkip: boolean) => 'take' | 'skip') {
  const taken = [...ASSESSED];
  const skips: MeasureSkip[] = [];
  const shown: (InstrumentId | null)[] = [];
  for (let offset = 1; offset <= 7; offset += 1) {
    const { due } = measuresDueToday(history(offset, taken, skips));
    expect(due.length).toBeLessThanOrEqual(1);
    const measure = due[0];
    shown.push(measure?.instrumentId ?? null);
    if (!measure) continue;
    if (choose(measure.instrumentId, measure.canSkip) === 'skip') {
      expect(measure.canSkip).toBe(true);
      skips.push({ instrumentId: measure.instrumentId, on: day(offset) });
    } else {
      taken.push({ instrumentId: measure.instrumentId, on: day(offset) });
    }
  }
  return { shown, taken, skips };
}

describe('the first week', () => {
  it('leaves pain and the chair stand to the assessment: the first week holds only the other questionnaires', () => {
    expect(firstWeekInstruments(scheduledInstruments('oswestry'))).toEqual(FIRST_WEEK);
    expect(firstWeekInstruments(scheduledInstruments('roland-morris'))).toEqual([
      'roland-morris',
      'start-back',
      'hoos-12',
    ]);
  });

  it('asks nothing more on the baseline day, after the assessment', () => {
    expect(dueIds(0, ASSESSED)).toEqual([]);
  });

  it('asks one questionnaire a day, days 1 to 3, then pain again on day 7 and nothing else that week', () => {
    const { shown } = liveTheWeek(() => 'take');
    expect(shown).toEqual(['oswestry', 'start-back', 'hoos-12', null, null, null, 'pain']);
  });

  it('never re-asks pain or the chair stand during the first week', () => {
    const { shown } = liveTheWeek(() => 'take');
    expect(shown.slice(0, 6)).not.toContain('pain');
    expect(shown).not.toContain('chair-stand');
  });

  it('moves a skipped questionnaire behind the others, to a later day, and offers no second skip', () => {
    const { shown } = liveTheWeek((instrumentId, canSkip) =>
      instrumentId === 'oswestry' && canSkip ? 'skip' : 'take',
    );
    expect(shown).toEqual(['oswestry', 'start-back', 'hoos-12', 'oswestry', null, null, 'pain']);
    const skipped = [{ instrumentId: 'oswestry', on: day(1) }] satisfies MeasureSkip[];
    const takenTwo: TakenMeasure[] = [
      ...ASSESSED,
      { instrumentId: 'start-back', on: day(2) },
      { instrumentId: 'hoos-12', on: day(3) },
    ];
    expect(measuresDueToday(history(4, takenTwo, skipped)).due).toEqual([
      { instrumentId: 'oswestry', dueSince: day(4), kind: 'first-week', canSkip: false },
    ]);
  });

  it('counts only the first skip: a second one on record changes nothing', () => {
    const skips: MeasureSkip[] = [
      { instrumentId: 'oswestry', on: day(1) },
      { instrumentId: 'oswestry', on: day(4) },
    ];
    const taken: TakenMeasure[] = [
      ...ASSESSED,
      { instrumentId: 'start-back', on: day(2) },
      { instrumentId: 'hoos-12', on: day(3) },
    ];
    expect(dueIds(5, taken, skips)).toEqual(['oswestry']);
  });

  it('asks nothing more on a day one was skipped', () => {
    expect(dueIds(1, ASSESSED, [{ instrumentId: 'oswestry', on: day(1) }])).toEqual([]);
    expect(dueIds(2, ASSESSED, [{ instrumentId: 'oswestry', on: day(1) }])).toEqual(['start-back']);
  });

  it('lets a missed day move nothing: the check-up waits, and says since when', () => {
    const { due } = measuresDueToday(history(5, ASSESSED));
    expect(due).toEqual([{ instrumentId: 'oswestry', dueSince: day(1), kind: 'first-week', canSkip: true }]);
  });

  it('says which comes on which day after today', () => {
    expect(measuresDueToday(history(1, ASSESSED)).firstWeekNext).toEqual([
      { instrumentId: 'start-back', on: day(2) },
      { instrumentId: 'hoos-12', on: day(3) },
    ]);
    const skippedToday = [{ instrumentId: 'oswestry', on: day(1) }] satisfies MeasureSkip[];
    expect(
      firstWeekPlan({ ...history(1, ASSESSED, skippedToday), scheduled: scheduledInstruments('oswestry') }),
    ).toEqual({
      today: null,
      next: [
        { instrumentId: 'start-back', on: day(2) },
        { instrumentId: 'hoos-12', on: day(3) },
        { instrumentId: 'oswestry', on: day(4) },
      ],
    });
  });

  it('counts a questionnaire taken early, from the check-ups list, and moves on to the next', () => {
    const taken: TakenMeasure[] = [...ASSESSED, { instrumentId: 'hoos-12', on: day(0) }];
    expect(dueIds(1, taken)).toEqual(['oswestry']);
    expect(dueIds(2, [...taken, { instrumentId: 'oswestry', on: day(1) }])).toEqual(['start-back']);
  });

  it('puts the questionnaires of the first week on the 4-weekly day with the rest', () => {
    const { taken } = liveTheWeek(() => 'take');
    expect(dueIds(27, [...taken, { instrumentId: 'pain', on: day(21) }])).toEqual([]);
    expect(dueIds(28, taken)).toEqual(['oswestry', 'pain', 'start-back', 'chair-stand', 'hoos-12']);
  });
});

describe('the first week, whatever the member does each day', () => {
  it('shows at most one questionnaire a day, skips each at most once, and has them all taken by day 6', () => {
    const choices = fc.array(fc.constantFrom('take', 'skip', 'away'), { minLength: 7, maxLength: 7 });
    fc.assert(
      fc.property(choices, (plan) => {
        const taken = [...ASSESSED];
        const skips: MeasureSkip[] = [];
        let away = 0;
        for (let offset = 1; offset <= 7; offset += 1) {
          const firstWeek = measuresDueToday(history(offset, taken, skips)).due.filter(
            (measure) => measure.kind === 'first-week',
          );
          expect(firstWeek.length).toBeLessThanOrEqual(1);
          const measure = firstWeek[0];
          if (!measure) continue;
          const choice = plan[offset - 1];
          if (choice === 'away') away += 1;
          else if (choice === 'skip' && measure.canSkip)
            skips.push({ instrumentId: measure.instrumentId, on: day(offset) });
          else taken.push({ instrumentId: measure.instrumentId, on: day(offset) });
        }
        for (const instrumentId of FIRST_WEEK) {
          expect(skips.filter((skip) => skip.instrumentId === instrumentId).length).toBeLessThanOrEqual(1);
        }
        // Three questionnaires, each skipped at most once: six days of answering are enough.
        if (away === 0)
          expect(taken.filter((entry) => FIRST_WEEK.includes(entry.instrumentId))).toHaveLength(3);
      }),
      { numRuns: 300 },
    );
  });
});
