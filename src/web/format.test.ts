import { describe, expect, it } from 'vitest';
import {
  describeDay,
  formatClock,
  formatDay,
  formatLoad,
  formatMonthName,
  localDay,
  whenWords,
} from './format.ts';

describe('formatting for the member', () => {
  it('takes the calendar day where the member is', () => {
    expect(localDay(new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05');
  });

  it('writes weights with the member’s decimal sign and unit', () => {
    expect(formatLoad({ kind: 'dumbbell', kg: 12.5 }, 'kg', 'de-DE')).toBe('12,5 kg dumbbell');
    expect(formatLoad({ kind: 'kettlebell', kg: 10 }, 'lb', 'en-GB')).toBe('22 lb kettlebell');
    expect(formatLoad({ kind: 'band', band: 'light' }, 'kg', 'en-GB')).toBe('Light band');
    expect(formatLoad({ kind: 'bodyweight' }, 'kg', 'en-GB')).toBe('Bodyweight');
  });

  it('names days the way people say them', () => {
    expect(formatDay('2026-03-05', 'en-GB')).toBe('Thursday 5 March');
    expect(describeDay('2026-03-05', '2026-03-05', 'en-GB')).toBe('today');
    expect(describeDay('2026-03-06', '2026-03-05', 'en-GB')).toBe('tomorrow');
    expect(describeDay('2026-03-07', '2026-03-05', 'en-GB')).toBe('Saturday 7 March');
    expect(whenWords('2026-03-04', '2026-03-05', 'en-GB')).toBe('yesterday');
    expect(whenWords('2026-03-02', '2026-03-05', 'en-GB')).toBe('on Monday 2 March');
  });

  it('names a month by itself, in any time zone', () => {
    expect(formatMonthName('2026-06', 'en-GB')).toBe('June');
    expect(formatMonthName('2026-12', 'en-GB')).toBe('December');
  });

  it('counts down rest in minutes and seconds', () => {
    expect(formatClock(90)).toBe('1:30');
    expect(formatClock(4.2)).toBe('0:05');
    expect(formatClock(-3)).toBe('0:00');
  });
});
