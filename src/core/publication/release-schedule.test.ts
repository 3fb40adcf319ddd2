import { describe, expect, it } from 'vitest';
import {
  DEFAULT_RELEASE_SCHEDULE,
  instantOfLocalTime,
  nextReleaseSlot,
  previousReleaseSlot,
} from './release-schedule.ts';

const london = DEFAULT_RELEASE_SCHEDULE;

describe('release slots', () => {
  it('is Sunday 07:00 in London: 07:00 UTC in winter, 06:00 UTC in summer', () => {
    expect(nextReleaseSlot(new Date('2026-12-03T10:00:00Z'), london).toISOString()).toBe(
      '2026-12-06T07:00:00.000Z',
    );
    expect(nextReleaseSlot(new Date('2026-07-01T10:00:00Z'), london).toISOString()).toBe(
      '2026-07-05T06:00:00.000Z',
    );
  });

  it('keeps 07:00 local across the week the clocks go forward (29 March 2026) and back (25 October 2026)', () => {
    expect(nextReleaseSlot(new Date('2026-03-23T00:00:00Z'), london).toISOString()).toBe(
      '2026-03-29T06:00:00.000Z',
    );
    expect(nextReleaseSlot(new Date('2026-10-19T00:00:00Z'), london).toISOString()).toBe(
      '2026-10-25T07:00:00.000Z',
    );
  });

  it('counts a slot that is exactly now as now, and the one after a second later as next week', () => {
    const slot = new Date('2026-12-06T07:00:00Z');
    expect(nextReleaseSlot(slot, london)).toEqual(slot);
    expect(nextReleaseSlot(new Date(slot.getTime() + 1000), london).toISOString()).toBe(
      '2026-12-13T07:00:00.000Z',
    );
    expect(previousReleaseSlot(new Date(slot.getTime() + 1000), london)).toEqual(slot);
    expect(previousReleaseSlot(new Date(slot.getTime() - 1000), london).toISOString()).toBe(
      '2026-11-29T07:00:00.000Z',
    );
  });

  it('finds the previous slot across a clock change', () => {
    expect(previousReleaseSlot(new Date('2026-03-30T00:00:00Z'), london).toISOString()).toBe(
      '2026-03-29T06:00:00.000Z',
    );
    expect(previousReleaseSlot(new Date('2026-04-04T00:00:00Z'), london).toISOString()).toBe(
      '2026-03-29T06:00:00.000Z',
    );
  });

  it('follows a configured zone, weekday and time, such as Saturday 18:30 in New York', () => {
    const schedule = { timeZone: 'America/New_York', weekday: 'saturday', time: '18:30' } as const;
    // 2026-11-01 is the day New York's clocks go back; the Saturday before is still on summer time.
    expect(nextReleaseSlot(new Date('2026-10-26T00:00:00Z'), schedule).toISOString()).toBe(
      '2026-10-31T22:30:00.000Z',
    );
    expect(nextReleaseSlot(new Date('2026-11-02T00:00:00Z'), schedule).toISOString()).toBe(
      '2026-11-07T23:30:00.000Z',
    );
  });

  it('moves a time in the hour the clocks skip to after the change, and takes the first of a repeated hour', () => {
    expect(instantOfLocalTime('2026-03-29', '01:30', 'Europe/London').toISOString()).toBe(
      '2026-03-29T01:30:00.000Z',
    );
    expect(instantOfLocalTime('2026-10-25', '01:30', 'Europe/London').toISOString()).toBe(
      '2026-10-25T00:30:00.000Z',
    );
  });
});
