/**
 * The care team's API: a member's coach and their sharing consent, and what coaches use on their members.
 */
import { z } from 'zod';

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
