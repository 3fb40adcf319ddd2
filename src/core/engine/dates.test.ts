import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mondaysBetween, weekStartOf } from '../progress/calendar.ts';
import { addDays, daysBetween, EARLIEST_DATE, LATEST_DATE, nthDay, ordinalOf } from './dates.ts';
import { isoDateSchema } from './schemas.ts';

const FIRST = ordinalOf(EARLIEST_DATE);
const LAST = ordinalOf(LATEST_DATE);
const dayNumber = fc.integer({ min: FIRST, max: LAST });
const anyDate = dayNumber.map(nthDay);

describe('calendar days', () => {
  it('cover every day from 0001-01-01 to 9999-12-31, and read back as written', () => {
    fc.assert(
      fc.property(dayNumber, (day) => {
        const date = nthDay(day);
        expect(date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(ordinalOf(date)).toBe(day);
      }),
      { numRuns: 2000 },
    );
    expect(nthDay(FIRST)).toBe('0001-01-01');
    expect(nthDay(LAST)).toBe('9999-12-31');
  });

  it('agree with JavaScript on every representable day of those years', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('0001-01-01T00:00:00Z'),
          max: new Date('9999-12-31T23:59:59Z'),
          noInvalidDate: true,
        }),
        (moment) => {
          const date = moment.toISOString().slice(0, 10);
          expect(nthDay(ordinalOf(date))).toBe(date);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('add and count days consistently anywhere in the range', () => {
    fc.assert(
      fc.property(anyDate, anyDate, (from, to) => {
        expect(addDays(from, daysBetween(from, to))).toBe(to);
      }),
    );
  });

  it('refuse, never loop on or misread, a day outside the range or not on the calendar', () => {
    for (const bad of [
      '0000-01-01',
      '0000-12-31',
      '-000001-12-31',
      '+010000-01-01',
      '2026-02-29',
      '2026-13-01',
      '2026-1-5',
      'yesterday',
      '',
    ]) {
      expect(() => daysBetween(bad, '2026-03-02'), bad).toThrow(RangeError);
    }
    expect(() => addDays(LATEST_DATE, 1)).toThrow(RangeError);
    expect(() => addDays(EARLIEST_DATE, -1)).toThrow(RangeError);
    expect(() => weekStartOf('0000-01-01')).toThrow(RangeError);
  });

  it('are what the date schema accepts: every day of the range, and no day the code would refuse', () => {
    fc.assert(
      fc.property(anyDate, (date) => {
        expect(isoDateSchema.safeParse(date).success).toBe(true);
      }),
    );
    for (const bad of ['0000-01-01', '0000-12-31', '2026-02-29', '2026-13-01', 'yesterday']) {
      expect(isoDateSchema.safeParse(bad).success, bad).toBe(false);
    }
  });

  it('give every Monday between any two days, ending in time, even at the ends of the range', () => {
    fc.assert(
      fc.property(dayNumber, fc.integer({ min: 0, max: 400 }), (start, span) => {
        const from = nthDay(start);
        const to = nthDay(Math.min(LAST, start + span));
        const mondays = mondaysBetween(from, to);
        expect(mondays[0]).toBe(weekStartOf(from));
        expect(mondays.at(-1)).toBe(weekStartOf(to));
        expect(
          mondays.every(
            (monday, index) => index === 0 || daysBetween(mondays[index - 1] ?? monday, monday) === 7,
          ),
        ).toBe(true);
      }),
    );
    expect(mondaysBetween('9999-12-20', LATEST_DATE)).toEqual(['9999-12-20', '9999-12-27']);
  });
});
