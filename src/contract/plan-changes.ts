/**
 * A coach's change to a member's plan: the change (the engine's own schema), the coach's reason and the
 * client-made id that makes a retry safe. The answer is the decision as the member will read it.
 */
import { z } from 'zod';
import { COACH_REASON_LENGTH, coachChangeSchema, decisionSchema } from '../core/engine/index.ts';
import { clientIdSchema } from './common.ts';
import { planViewSchema } from './plan.ts';

export type { CoachChange } from '../core/engine/index.ts';

export const coachReasonSchema = z
  .string()
  .trim()
  .min(COACH_REASON_LENGTH.fewest, `say why in at least ${COACH_REASON_LENGTH.fewest} characters`)
  .max(COACH_REASON_LENGTH.most, `keep the reason to ${COACH_REASON_LENGTH.most} characters`)
  .describe('Why, in plain words: the member reads it after what changed');

export const planChangeBodySchema = z
  .object({ id: clientIdSchema, reason: coachReasonSchema, change: coachChangeSchema })
  .strict();
export type PlanChangeBody = z.input<typeof planChangeBodySchema>;

export const planChangeAnswerSchema = z.object({ decision: decisionSchema, plan: planViewSchema });
export type PlanChangeAnswer = z.infer<typeof planChangeAnswerSchema>;
