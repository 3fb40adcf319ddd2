/**
 * The care team's API: a member's coach and their sharing consent, and what coaches use on their members.
 */
import { z } from 'zod';
import { isoDateSchema } from '../core/engine/index.ts';
import { safetyHoldSchema } from './plan.ts';

export const coachSharingBodySchema = z.object({
  version: z.string().min(1).max(40).describe('The coach-sharing consent text version the member agreed to'),
});
export type CoachSharingBody = z.infer<typeof coachSharingBodySchema>;

/** The member a coach route is about, by account id. */
export const accountIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,64}$/, { error: 'expected an account id' })
  .describe('An account id, as GET /api/coach/caseload lists them');
export const memberParamsSchema = z.object({ memberId: accountIdSchema });

/**
 * The header of a member's detail as their coach sees it: who they are, where their plan stands, and
 * whether they may train now (a safety hold or a pause).
 */
export const coachMemberProfileSchema = z.object({
  id: accountIdSchema,
  name: z.string(),
  email: z.string(),
  /** Null before the member has finished the assessment and started a plan. */
  plan: z
    .object({
      startedOn: isoDateSchema,
      phase: z.object({ number: z.int(), name: z.string() }),
      daysPerWeek: z.int(),
      weightUnit: z.enum(['kg', 'lb']),
      lastWorkoutOn: isoDateSchema.nullable(),
    })
    .nullable(),
  /** The plan is paused until the member answers the safety questions again or is cleared by a doctor. */
  pause: z.object({ since: z.string(), message: z.string() }).nullable(),
  hold: safetyHoldSchema.nullable(),
});
export type CoachMemberProfile = z.infer<typeof coachMemberProfileSchema>;
