import { describe, expect, it } from 'vitest';
import { addDays } from '../engine/dates.ts';
import { monthlySummary, type SummaryAction } from './monthly-summary.ts';

const call = (at: string, minutes: number): SummaryAction => ({
  at: new Date(at),
  minutes,
  interactive: true,
});
const review = (at: string, minutes: number): SummaryAction => ({
  at: new Date(at),
  minutes,
  interactive: false,
});

function summary(options: {
  month?: string;
  today?: string;
  timeZone?: string;
  dataDates?: string[];
  actions?: SummaryAction[];
}) {
  return monthlySummary({
    month: options.month ?? '2026-03',
    today: options.today ?? '2026-03-31',
    timeZone: options.timeZone ?? 'Europe/London',
    dataDates: options.dataDates ?? [],
    actions: options.actions ?? [],
  });
}

describe('days with data in the 30 days ending on the summary’s day', () => {
  it('counts day 1 and day 30 of the window and not day 31', () => {
    // Ending 31 March: day 30 is 31 March, day 1 is 2 March, day 31 would be 1 March.
    const result = summary({ dataDates: ['2026-03-01', '2026-03-02', '2026-03-31'] });
    expect(result.window).toEqual({ from: '2026-03-02', to: '2026-03-31' });
    expect(result.daysWithData).toBe(2);
  });

  it('counts a day once however much was logged on it', () => {
    const result = summary({ dataDates: ['2026-03-10', '2026-03-10', '2026-03-10', '2026-03-11'] });
    expect(result.daysWithData).toBe(2);
  });

  it('ends a running month’s window today, so days after today (a member east of the clinic) wait', () => {
    const result = summary({ today: '2026-03-09', dataDates: ['2026-02-08', '2026-02-07', '2026-03-10'] });
    expect(result.window).toEqual({ from: '2026-02-08', to: '2026-03-09' });
    expect(result.daysWithData).toBe(1);
  });

  it('reaches back across a month boundary and, for a past month, ends on its last day', () => {
    const result = summary({
      month: '2026-02',
      today: '2026-03-09',
      dataDates: ['2026-01-30', '2026-03-01'],
    });
    expect(result.window).toEqual({ from: '2026-01-30', to: '2026-02-28' });
    expect(result.daysWithData).toBe(1);
  });

  it('meets the data threshold at 16 days and not at 15', () => {
    const days = (count: number) =>
      Array.from({ length: count }, (_, index) => addDays('2026-03-31', -index));
    expect(summary({ dataDates: days(15) }).isDataThresholdMet).toBe(false);
    expect(summary({ dataDates: days(16) }).isDataThresholdMet).toBe(true);
  });

  it('counts 30 calendar days across the spring daylight-saving change (London, 29 March)', () => {
    const dataDates = Array.from({ length: 31 }, (_, index) => addDays('2026-04-10', -index));
    const result = summary({ month: '2026-04', today: '2026-04-10', dataDates });
    expect(result.window).toEqual({ from: '2026-03-12', to: '2026-04-10' });
    expect(result.daysWithData).toBe(30);
  });
});

describe('coach minutes and interactive contacts in the calendar month', () => {
  it('adds the minutes of the month’s actions, with none for actions recorded without minutes', () => {
    const result = summary({
      actions: [
        call('2026-03-03T10:00:00Z', 12),
        review('2026-03-20T10:00:00Z', 5),
        { at: new Date('2026-03-21T10:00:00Z'), minutes: null, interactive: false },
        call('2026-02-28T10:00:00Z', 30),
      ],
    });
    expect(result.minutes).toBe(17);
    expect(result.interactiveContacts).toBe(1);
  });

  it('puts a call at 23:30 UTC on 31 March into April in London (UTC+1 then)', () => {
    const actions = [call('2026-03-31T23:30:00Z', 25)];
    expect(summary({ month: '2026-03', actions }).minutes).toBe(0);
    const april = summary({ month: '2026-04', today: '2026-04-30', actions });
    expect(april.minutes).toBe(25);
    expect(april.isManagementThresholdMet).toBe(true);
    expect(summary({ month: '2026-03', timeZone: 'UTC', actions }).minutes).toBe(25);
  });

  it('keeps a call at 02:00 UTC on 1 April in March in Chicago (UTC−5)', () => {
    const actions = [call('2026-04-01T02:00:00Z', 20)];
    expect(summary({ month: '2026-03', timeZone: 'America/Chicago', actions }).minutes).toBe(20);
    expect(
      summary({ month: '2026-04', today: '2026-04-30', timeZone: 'America/Chicago', actions }).minutes,
    ).toBe(0);
  });

  it('takes the month’s first instant in the zone: 00:30 local on 1 March in New York is in March', () => {
    const actions = [call('2026-03-01T05:30:00Z', 20)];
    expect(summary({ timeZone: 'America/New_York', actions }).minutes).toBe(20);
    expect(
      summary({ month: '2026-02', today: '2026-02-28', timeZone: 'America/New_York', actions }).minutes,
    ).toBe(0);
  });

  it('needs 20 minutes and an interactive contact for the management threshold', () => {
    expect(summary({ actions: [review('2026-03-03T10:00:00Z', 40)] }).isManagementThresholdMet).toBe(false);
    expect(summary({ actions: [call('2026-03-03T10:00:00Z', 19)] }).isManagementThresholdMet).toBe(false);
    const met = summary({ actions: [call('2026-03-03T10:00:00Z', 12), review('2026-03-04T10:00:00Z', 8)] });
    expect(met.minutes).toBe(20);
    expect(met.isManagementThresholdMet).toBe(true);
  });
});
