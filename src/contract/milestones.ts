import { z } from 'zod';
import { isoDateSchema } from '../core/engine/index.ts';
import { type Milestone, MOST_AT_ONCE } from '../core/progress/index.ts';
import type { MemberDateSchema } from './dates.ts';
import { memberTodaySchema } from './dates.ts';

/**
 * Milestones to celebrate (`GET /api/milestones`) and marking them seen (`POST /api/milestones/seen`).
 * A milestone's key names the achievement, so marking it seen is idempotent by nature.
 */
const milestoneKeySchema = z
  .string()
  .regex(/^[a-z0-9:-]{1,60}$/, 'expected a milestone key such as "first-workout" or "level:squat:3"');

export const milestoneSchema = z.object({
  key: z.string().describe('Names the achievement: "first-workout", "level:squat:3", "workouts:10"'),
  kind: z.enum([
    'first-workout',
    'first-week',
    'new-level',
    'first-load',
    'workout-count',
    'meaningful-improvement',
  ]),
  reachedOn: isoDateSchema,
  title: z.string(),
  sentence: z.string(),
}) satisfies z.ZodType<Milestone>;

export const milestonesSchema = z.object({
  celebrate: z
    .array(milestoneSchema)
    .max(MOST_AT_ONCE)
    .describe('Reached, fresh and not yet seen on any device, in the order they were reached'),
});
export type Milestones = z.infer<typeof milestonesSchema>;

export function markSeenBodySchema(memberDate: MemberDateSchema) {
  return z.strictObject({
    keys: z.array(milestoneKeySchema).min(1).max(MOST_AT_ONCE),
    today: memberTodaySchema(memberDate),
  });
}
export type MarkSeenBody = z.input<ReturnType<typeof markSeenBodySchema>>;

export const markedSeenSchema = z.object({ seen: z.array(z.string()) });
