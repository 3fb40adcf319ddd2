/**
 * A coach's time and contacts: the actions logged by hand (a review, a call) or recorded by the app (a
 * message, a plan change, a resolved alert) on a member, and the month's summary across the coach's
 * members for the clinic's remote-monitoring documentation.
 */
import { z } from 'zod';
import { addMonths, localMonthIn } from '../core/care/clinic-time.ts';
import { accountIdSchema } from './coaching.ts';
import { clientIdSchema } from './common.ts';

export { MONITORING_THRESHOLDS } from '../core/care/monthly-summary.ts';

/** How far back a coach may log time, and how much one entry may hold. */
export const TIME_LOG_LIMITS = { daysBack: 60, minutes: { min: 1, max: 240 }, noteLength: 500 } as const;
/** The newest entries a member's time log shows. */
export const TIME_LOG_PAGE = 100;
/** How many past months a summary may be asked for. */
export const SUMMARY_MONTHS_BACK = 24;

export const coachActionKindSchema = z.enum(['review', 'message', 'call', 'plan-change', 'alert']);

export const timeEntryBodySchema = z
  .object({
    id: clientIdSchema,
    kind: z.enum(['review', 'call'], { error: 'expected review or call' }),
    minutes: z
      .number({ error: 'expected a number of minutes' })
      .int('expected whole minutes')
      .min(TIME_LOG_LIMITS.minutes.min, `expected at least ${TIME_LOG_LIMITS.minutes.min} minute`)
      .max(TIME_LOG_LIMITS.minutes.max, `expected at most ${TIME_LOG_LIMITS.minutes.max} minutes`),
    interactive: z
      .boolean({ error: 'expected true or false' })
      .describe('A live two-way call or video call with the member; a review never is'),
    at: z.iso
      .datetime({ offset: true, error: 'expected a date and time like 2026-03-09T14:30:00Z' })
      .describe(
        'When it happened: not in the future, not before the member was assigned, at most 60 days back',
      ),
    note: z
      .string({ error: 'expected text' })
      .trim()
      .max(TIME_LOG_LIMITS.noteLength, `expected at most ${TIME_LOG_LIMITS.noteLength} characters`)
      .optional(),
  })
  .strict()
  .refine((body) => !(body.kind === 'review' && body.interactive), {
    path: ['interactive'],
    error: 'a review is never interactive: log a live call as a call',
  });
export type TimeEntryBody = z.input<typeof timeEntryBodySchema>;

export const coachActionSchema = z.object({
  id: z.string(),
  kind: coachActionKindSchema,
  at: z.iso.datetime(),
  minutes: z.number().int().nullable(),
  interactive: z.boolean(),
  note: z.string().nullable(),
  coachName: z.string(),
  /** The signed-in coach's own hand-logged entry of this month: they may still remove it. */
  isRemovable: z.boolean(),
});
export type CoachActionView = z.infer<typeof coachActionSchema>;

export const timeLogSchema = z.object({
  actions: z.array(coachActionSchema),
  /** More, older entries exist than the newest shown. */
  hasMore: z.boolean(),
});
export type TimeLog = z.infer<typeof timeLogSchema>;

export const timeEntryParamsSchema = z.object({
  memberId: accountIdSchema,
  actionId: z
    .uuid({ error: 'expected the id of an entry in the time log' })
    .overwrite((id) => id.toLowerCase()),
});

/**
 * A calendar month (YYYY-MM) of the clinic's: this one or one of the 24 before it. A factory, because
 * what "this month" is moves with the clock and the clinic's time zone.
 */
export function summaryMonthSchema(clock: () => Date, timeZone: string) {
  return z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: 'expected a month like 2026-03' })
    .check((context) => {
      if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(context.value)) return;
      const latest = localMonthIn(clock(), timeZone);
      const earliest = addMonths(latest, -SUMMARY_MONTHS_BACK);
      if (context.value < earliest || context.value > latest) {
        context.issues.push({
          code: 'custom',
          input: context.value,
          message: `expected a month from ${earliest} to ${latest}`,
        });
      }
    })
    .describe("A calendar month in the clinic's time zone (YYYY-MM); this month when left out");
}

export const memberMonthSchema = z.object({
  memberId: z.string(),
  name: z.string(),
  window: z.object({ from: z.iso.date(), to: z.iso.date() }),
  daysWithData: z.number().int(),
  minutes: z.number().int(),
  interactiveContacts: z.number().int(),
  isDataThresholdMet: z.boolean(),
  isManagementThresholdMet: z.boolean(),
});
export type MemberMonth = z.infer<typeof memberMonthSchema>;

export const timeSummarySchema = z.object({
  month: z.string(),
  timeZone: z.string(),
  members: z.array(memberMonthSchema),
  /** Assigned members who do not share their health data with the coach, so are not in the summary. */
  membersNotSharing: z.number().int(),
});
export type TimeSummary = z.infer<typeof timeSummarySchema>;

export const timeSummaryCsvSchema = z.string().describe('The summary as CSV (RFC 4180, header row)');
