import { addDays } from '../engine/dates.ts';
import { localMonthIn, summaryDayOf } from './clinic-time.ts';

/**
 * What US remote therapeutic monitoring documentation asks of a month (CPT 98975–98981 as published):
 * data on at least 16 days of a 30-day period, and at least 20 minutes of treatment management in a
 * calendar month with at least one interactive (live, two-way) contact. Stated as facts about the
 * member's record; whether a claim may be made is the clinic's judgement.
 */
export const MONITORING_THRESHOLDS = {
  windowDays: 30,
  daysWithData: 16,
  minutes: 20,
  interactiveContacts: 1,
} as const;

/** One coach action as the summary counts it. */
export interface SummaryAction {
  at: Date;
  /** Minutes logged for it; null for what is recorded without minutes (a message, a plan change). */
  minutes: number | null;
  interactive: boolean;
}

export interface MonthlySummaryInput {
  /** YYYY-MM, a calendar month in the clinic's time zone. */
  month: string;
  /** The clinic's day today, in its time zone. */
  today: string;
  timeZone: string;
  /** The member's local dates of everything they logged (workouts, check-ins, measures), repeats allowed. */
  dataDates: readonly string[];
  actions: readonly SummaryAction[];
}

export interface MonthlySummary {
  month: string;
  /** The 30 days counted for data: `from` to `to`, both included; `to` is the summary's day. */
  window: { from: string; to: string };
  daysWithData: number;
  minutes: number;
  interactiveContacts: number;
  /** Data on 16 or more of the 30 days. */
  isDataThresholdMet: boolean;
  /** 20 or more minutes this month and at least one interactive contact. */
  isManagementThresholdMet: boolean;
}

/**
 * A member's month, exactly: days with data in the 30 days ending on the summary's day (today, or the
 * month's last day once it is over), each day once; and the coach minutes and interactive contacts of the
 * actions whose instant falls in the month on the clinic's calendar.
 */
export function monthlySummary(input: MonthlySummaryInput): MonthlySummary {
  const to = summaryDayOf(input.month, input.today);
  const from = addDays(to, -(MONITORING_THRESHOLDS.windowDays - 1));
  const days = new Set(input.dataDates.filter((date) => date >= from && date <= to));
  const inMonth = input.actions.filter((action) => localMonthIn(action.at, input.timeZone) === input.month);
  const minutes = inMonth.reduce((sum, action) => sum + (action.minutes ?? 0), 0);
  const interactiveContacts = inMonth.filter((action) => action.interactive).length;
  return {
    month: input.month,
    window: { from, to },
    daysWithData: days.size,
    minutes,
    interactiveContacts,
    isDataThresholdMet: days.size >= MONITORING_THRESHOLDS.daysWithData,
    isManagementThresholdMet:
      minutes >= MONITORING_THRESHOLDS.minutes &&
      interactiveContacts >= MONITORING_THRESHOLDS.interactiveContacts,
  };
}
