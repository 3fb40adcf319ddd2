/**
 * The coach's caseload (`GET /api/coach/caseload`): every member assigned to the coach, with the figures
 * from src/core/care/caseload.ts for those who share with them.
 */
import { z } from 'zod';
import {
  ALERT_SEVERITIES,
  ATTENTION_REASONS,
  CASELOAD_FILTERS,
  type CaseloadRow,
} from '../core/care/caseload.ts';
import { isoDateSchema } from '../core/engine/index.ts';

/** Long enough for any name; a longer search is a mistake, refused rather than cut. */
export const CASELOAD_SEARCH_MAX = 100;

export const caseloadQuerySchema = z.object({
  filter: z
    .enum(CASELOAD_FILTERS)
    .default('all')
    .describe(
      'all; needs-attention (an urgent alert, pain 2+ above usual, or 14 days without a workout); not-sharing',
    ),
  phase: z.coerce
    .number()
    .int()
    .min(1)
    .max(5)
    .optional()
    .describe('Only members in this phase of the program'),
  search: z.string().trim().max(CASELOAD_SEARCH_MAX).optional().describe("Part of a member's name, any case"),
});
export type CaseloadQuery = z.input<typeof caseloadQuerySchema>;

const memberSummarySchema = z.object({
  phase: z.int().min(1).max(5).nullable().describe('Null before the member has a plan'),
  adherence: z
    .object({
      done: z.int().min(0),
      planned: z.int().min(0),
      share: z
        .number()
        .min(0)
        .max(1)
        .nullable()
        .describe('Done against planned, at most 1; null when none planned'),
    })
    .describe('Workouts done against planned, this week and the three before'),
  lastWorkoutOn: isoDateSchema.nullable(),
  daysWithoutWorkout: z
    .int()
    .min(0)
    .nullable()
    .describe('Since the last workout, or the plan started if none; null without a plan'),
  painThisWeek: z
    .number()
    .min(0)
    .max(10)
    .nullable()
    .describe('The median of the last seven days’ readings (before workouts, in sets, at check-ins)'),
  worstPainThisWeek: z
    .number()
    .min(0)
    .max(10)
    .nullable()
    .describe('The highest reading of the last seven days'),
  usualPain: z
    .number()
    .min(0)
    .max(10)
    .nullable()
    .describe('The median of the 28 days before this week; null under three readings'),
  openAlerts: z.object({
    count: z.int().min(0),
    mostSevere: z.enum(ALERT_SEVERITIES).nullable(),
  }),
  unreadMessages: z.int().min(0).describe('Messages from the member the coach has not read'),
  attention: z
    .array(z.enum(ATTENTION_REASONS))
    .describe('Why the member needs attention; empty when they do not'),
});

const caseloadRowSchema = z.object({
  memberId: z.string(),
  name: z.string(),
  summary: memberSummarySchema.nullable().describe('Null for a member who does not share with their coach'),
}) satisfies z.ZodType<CaseloadRow>;

export const caseloadSchema = z.object({
  today: isoDateSchema,
  members: z
    .array(caseloadRowSchema)
    .describe('Needs attention first, then the most severe alert, then the longest without a workout'),
  counts: z
    .object({
      all: z.int().min(0),
      needsAttention: z.int().min(0),
      notSharing: z.int().min(0),
    })
    .describe("The coach's whole caseload, whatever the filter and search"),
});
export type Caseload = z.infer<typeof caseloadSchema>;
export type CaseloadEntry = Caseload['members'][number];
