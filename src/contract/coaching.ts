/**
 * The care team's API: a member's coach and their sharing consent, and what coaches use on their members.
 */
import { z } from 'zod';
import { COACH_INTRO_MAX_LENGTH } from '../core/accounts.ts';
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
  /** As the member gave it (for the report's header); null: not given. */
  dateOfBirth: isoDateSchema.nullable(),
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

// Who coaches whom, as the admin manages it.

export const coachAssignmentBodySchema = z
  .object({ coachId: accountIdSchema.describe('The coach to give the member, by account id') })
  .strict();
export type CoachAssignmentBody = z.input<typeof coachAssignmentBodySchema>;

const coachRefSchema = z.object({ id: z.string(), name: z.string() });

export const coachSummarySchema = coachRefSchema.extend({
  email: z.string(),
  memberCount: z.number().int().min(0).describe('How many members this coach looks after now'),
});
export type CoachSummary = z.infer<typeof coachSummarySchema>;

export const coachListSchema = z.object({ coaches: z.array(coachSummarySchema) });
export type CoachList = z.infer<typeof coachListSchema>;

export const memberAssignmentSchema = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  coach: coachRefSchema.nullable().describe('The member’s coach, or null: none yet'),
  coachRequestedAt: z.iso
    .datetime()
    .nullable()
    .describe('When the member asked for a coach; null when they have not (or have one since)'),
});
export type MemberAssignment = z.infer<typeof memberAssignmentSchema>;

export const memberAssignmentListSchema = z.object({
  /** All members, of which `members` is one page: those who asked for a coach first, oldest request first. */
  total: z.number().int().min(0),
  members: z.array(memberAssignmentSchema),
});
export type MemberAssignmentList = z.infer<typeof memberAssignmentListSchema>;

// The member's side.

export const myCoachSchema = z.object({
  coach: z
    .object({ name: z.string(), intro: z.string().nullable().describe('Plain text, shown as text') })
    .nullable()
    .describe('The member’s coach, or null: none assigned yet'),
  sharing: z
    .object({ version: z.string(), agreedAt: z.iso.datetime() })
    .nullable()
    .describe('The coach-sharing consent given, or null: the coach sees none of the member’s health data'),
  coachRequestedAt: z.iso
    .datetime()
    .nullable()
    .describe('When the member asked for a coach, if they are waiting'),
});
export type MyCoach = z.infer<typeof myCoachSchema>;

// The coach's side.

export const coachProfileSchema = z.object({ name: z.string(), intro: z.string().nullable() });
export type CoachProfile = z.infer<typeof coachProfileSchema>;

export const coachProfileBodySchema = z
  .object({
    intro: z
      .string({ error: 'expected the introduction as text' })
      .trim()
      .max(COACH_INTRO_MAX_LENGTH, `an introduction has at most ${COACH_INTRO_MAX_LENGTH} characters`)
      .describe(
        'A few plain sentences for the coach’s members; empty removes it. Shown as text, never as markup.',
      ),
  })
  .strict();
export type CoachProfileBody = z.input<typeof coachProfileBodySchema>;
