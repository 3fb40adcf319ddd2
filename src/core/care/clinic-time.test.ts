import { describe, expect, it } from 'vitest';
import {
  addMonths,
  instantsAroundMonth,
  isTimeZone,
  lastDayOfMonth,
  localDateIn,
  localMonthIn,
  summaryDayOf,
} from './clinic-time.ts';

describe('the clinic’s calendar day of an instant', () => {
  it('puts 23:30 UTC on 31 March into April in a UTC+1 zone (London in summer time)', () => {
    const instant = new Date('2026-03-31T23:30:00Z');
    expect(localDateIn(instant, 'UTC')).toBe('2026-03-31');
    expect(localDateIn(instant, 'Europe/London')).toBe('2026-04-01');
    expect(localMonthIn(instant, 'Europe/London')).toBe('2026-04');
  });

  it('keeps 23:30 UTC on 31 January in January in London in winter (UTC+0)', () => {
    expect(localMonthIn(new Date('2026-01-31T23:30:00Z'), 'Europe/London')).toBe('2026-01');
  });

  it('puts 03:00 UTC on 1 May back into April in New York (UTC−4)', () => {
    const instant = new Date('2026-05-01T03:00:00Z');
    expect(localDateIn(instant, 'America/New_York')).toBe('2026-04-30');
    expect(localMonthIn(instant, 'America/New_York')).toBe('2026-04');
  });

  it('follows the daylight-saving change: 00:30 UTC is the day before in New York in winter and in summer', () => {
    // New York moves from UTC−5 to UTC−4 on 8 March 2026 at 02:00 local time.
    expect(localDateIn(new Date('2026-03-08T04:59:00Z'), 'America/New_York')).toBe('2026-03-07');
    expect(localDateIn(new Date('2026-03-08T05:00:00Z'), 'America/New_York')).toBe('2026-03-08');
    expect(localDateIn(new Date('2026-03-09T03:59:00Z'), 'America/New_York')).toBe('2026-03-08');
    expect(localDateIn(new Date('2026-03-09T04:00:00Z'), 'America/New_York')).toBe('2026-03-09');
  });

  it('knows real zone names and refuses made-up ones', () => {
    expect(isTimeZone('Europe/London')).toBe(true);
    expect(isTimeZone('America/Chicago')).toBe(true);
    expect(isTimeZone('Mars/Olympus')).toBe(false);
  });
});

describe('months', () => {
  it('steps across years both ways', () => {
    expect(addMonths('2026-12', 1)).toBe('2027-01');
    expect(addMonths('2026-01', -1)).toBe('2025-12');
    expect(addMonths('2026-03', -24)).toBe('2024-03');
  });

  it('knows the last day, leap years included', () => {
    expect(lastDayOfMonth('2028-02')).toBe('2028-02-29');
    expect(lastDayOfMonth('2026-02')).toBe('2026-02-28');
    expect(lastDayOfMonth('2026-12')).toBe('2026-12-31');
  });

  it('takes a running month’s summary today and a past month’s on its last day', () => {
    expect(summaryDayOf('2026-03', '2026-03-09')).toBe('2026-03-09');
    expect(summaryDayOf('2026-02', '2026-03-09')).toBe('2026-02-28');
  });

  it('asks the database for a span that holds the month in every zone', () => {
    const { from, to } = instantsAroundMonth('2026-03');
    expect(from.toISOString()).toBe('2026-02-28T00:00:00.000Z');
    expect(to.toISOString()).toBe('2026-04-02T00:00:00.000Z');
    // The first instant of March in the zone furthest east (UTC+14) and the last in the furthest west (UTC−12).
    expect(from < new Date('2026-02-28T10:00:00Z')).toBe(true);
    expect(to > new Date('2026-04-01T11:59:59Z')).toBe(true);
  });
});
