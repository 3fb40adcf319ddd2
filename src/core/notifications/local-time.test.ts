import { describe, expect, it } from 'vitest';
import { DEFAULT_QUIET_HOURS } from './kinds.ts';
import { isInQuietHours, localTimeIn, quietHoursEndAfter } from './local-time.ts';

const at = (iso: string) => new Date(iso);

describe('quiet hours in the member’s time zone', () => {
  it('reads the wall clock where the member lives, summer time included', () => {
    expect(localTimeIn(at('2026-07-01T07:30:00Z'), 'Europe/London')).toBe('08:30');
    expect(localTimeIn(at('2026-12-01T13:30:00Z'), 'America/New_York')).toBe('08:30');
  });

  it('wraps midnight by default: 21:00 is quiet, 07:59 is quiet, 08:00 is not', () => {
    const london = 'Europe/London';
    expect(isInQuietHours(at('2026-12-01T21:00:00Z'), DEFAULT_QUIET_HOURS, london)).toBe(true);
    expect(isInQuietHours(at('2026-12-01T20:59:00Z'), DEFAULT_QUIET_HOURS, london)).toBe(false);
    expect(isInQuietHours(at('2026-12-02T07:59:00Z'), DEFAULT_QUIET_HOURS, london)).toBe(true);
    expect(isInQuietHours(at('2026-12-02T08:00:00Z'), DEFAULT_QUIET_HOURS, london)).toBe(false);
  });

  it('keeps hours within one day when the start is before the end, and none when they are equal', () => {
    const afternoon = { start: '13:00', end: '15:00' };
    expect(isInQuietHours(at('2026-12-01T14:00:00Z'), afternoon, 'UTC')).toBe(true);
    expect(isInQuietHours(at('2026-12-01T16:00:00Z'), afternoon, 'UTC')).toBe(false);
    expect(isInQuietHours(at('2026-12-01T03:00:00Z'), { start: '08:00', end: '08:00' }, 'UTC')).toBe(false);
  });

  it('ends the same morning after midnight, or the next morning before it', () => {
    expect(quietHoursEndAfter(at('2026-12-02T02:00:00Z'), DEFAULT_QUIET_HOURS, 'Europe/London')).toEqual(
      at('2026-12-02T08:00:00Z'),
    );
    expect(quietHoursEndAfter(at('2026-12-01T22:00:00Z'), DEFAULT_QUIET_HOURS, 'Europe/London')).toEqual(
      at('2026-12-02T08:00:00Z'),
    );
  });

  it('ends at 08:00 local on the night the clocks go forward in New York (8 March 2026)', () => {
    expect(quietHoursEndAfter(at('2026-03-08T05:00:00Z'), DEFAULT_QUIET_HOURS, 'America/New_York')).toEqual(
      at('2026-03-08T12:00:00Z'),
    );
  });
});
