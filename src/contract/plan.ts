/**
 * The member's plan: the safety screen, the assessment that starts it, the plan and its settings,
 * the engine's decisions and the safety hold. Built from the engine's own schemas so the two cannot drift.
 */
import { z } from 'zod';
import {
  assessmentSchema,
  decisionSchema,
  equipmentSchema,
  isoDateSchema,
  planSchema,
} from '../core/engine/index.ts';
import { DOCTOR_URGENCIES, redFlagAnswersSchema } from '../core/red-flags/index.ts';
import { clientIdSchema } from './common.ts';
import { type MemberDateSchema, memberTodaySchema } from './dates.ts';

export type { Load } from '../core/catalogue/types.ts';
export type {
  Assessment,
  Decision,
  Effort,
  MemberEquipment,
  Plan,
} from '../core/engine/index.ts';
export type { RedFlagAnswers } from '../core/red-flags/index.ts';

export const redFlagQuestionListSchema = z.object({
  questions: z.array(z.object({ id: z.string(), category: z.string(), text: z.string(), sign: z.string() })),
});
export type RedFlagQuestionList = z.infer<typeof redFlagQuestionListSchema>;

export const screenBodySchema = z
  .object({
    id: clientIdSchema,
    answers: redFlagAnswersSchema,
    context: z.enum(['onboarding', 'symptoms']),
  })
  .strict();
export type ScreenBody = z.input<typeof screenBodySchema>;

export const screenResultSchema = z.object({
  outcome: z.enum(['emergency', 'see-doctor', 'continue']),
  urgency: z.enum(DOCTOR_URGENCIES).optional(),
  reasons: z.array(z.object({ questionId: z.string(), category: z.string(), sign: z.string() })),
  message: z.string(),
});
export type ScreenResult = z.infer<typeof screenResultSchema>;

/** The decisions a write made: a check-in's, a clearance's. */
export const decisionsAnswerSchema = z.object({ decisions: z.array(decisionSchema) });
export type DecisionsAnswer = z.infer<typeof decisionsAnswerSchema>;

export const screenAnswerSchema = z.object({
  result: screenResultSchema,
  decisions: z.array(decisionSchema),
});
export type ScreenAnswer = z.infer<typeof screenAnswerSchema>;

export const planViewSchema = z.object({
  plan: planSchema,
  phase: z.object({
    number: z.int(),
    name: z.string(),
    focus: z.string(),
    next: z
      .object({
        phase: z.int(),
        unmet: z.array(z.string()),
        /** Every criterion of the next phase that applies to the member, in order, with whether it is met. */
        criteria: z.array(z.object({ text: z.string(), isMet: z.boolean() })),
        /** "2 of 7 done". */
        summary: z.string(),
      })
      .nullable(),
  }),
  pauseMessage: z.string().nullable(),
});
export type PlanView = z.infer<typeof planViewSchema>;

export function startPlanBodySchema(memberDate: MemberDateSchema) {
  return z
    .object({ id: clientIdSchema, today: memberTodaySchema(memberDate), assessment: assessmentSchema })
    .strict();
}
export type StartPlanBody = z.input<ReturnType<typeof startPlanBodySchema>>;

export const startedPlanSchema = planViewSchema.extend({
  screen: screenResultSchema,
  decisions: z.array(decisionSchema),
});
export type StartedPlan = z.infer<typeof startedPlanSchema>;

/**
 * Equipment as the settings change it: every kind named, nothing else. The stored plan's schema fills a
 * missing list with "none", which for a change would quietly take away what the member has.
 */
const { bands, dumbbellsKg, kettlebellsKg, cableKg } = equipmentSchema.shape;
const equipmentChangeSchema = z
  .object({
    bands: bands.unwrap(),
    dumbbellsKg: dumbbellsKg.unwrap(),
    kettlebellsKg: kettlebellsKg.unwrap(),
    cableKg: cableKg.unwrap(),
  })
  .strict();

export const planSettingsBodySchema = z
  .object({
    daysPerWeek: z.int().min(2).max(4).optional(),
    weightUnit: z.enum(['kg', 'lb']).optional(),
    equipment: equipmentChangeSchema.optional(),
  })
  .strict();
export type PlanSettings = z.infer<typeof planSettingsBodySchema>;

export const storedDecisionSchema = decisionSchema.extend({
  id: z.string(),
  /** What made it: 'assessment', 'workout', 'check-in', 'screen' or 'cleared'. */
  source: z.string(),
  sourceId: z.string(),
  madeAt: z.iso.datetime(),
});
export type StoredDecision = z.infer<typeof storedDecisionSchema>;

export const decisionListSchema = z.object({ decisions: z.array(storedDecisionSchema) });
export type DecisionList = z.infer<typeof decisionListSchema>;

/** The safety hold: why the member may not train, and what ends it. */
export const safetyHoldSchema = z.object({
  outcome: z.enum(['emergency', 'see-doctor']),
  urgency: z.enum(DOCTOR_URGENCIES).optional(),
  signs: z.array(z.string()),
  since: z.iso.datetime(),
  earliestAssessedOn: isoDateSchema,
  message: z.string(),
  whatToDo: z.array(z.string()),
});
export type SafetyHold = z.infer<typeof safetyHoldSchema>;

export const safetyHoldAnswerSchema = z.object({ hold: safetyHoldSchema.nullable() });
export type SafetyHoldAnswer = z.infer<typeof safetyHoldAnswerSchema>;

export function clearanceBodySchema(memberDate: MemberDateSchema) {
  return z
    .object({
      id: clientIdSchema,
      assessedOn: isoDateSchema.describe('The date a doctor assessed the member (YYYY-MM-DD)'),
      today: memberTodaySchema(memberDate),
    })
    .strict();
}
export type ClearanceBody = z.input<ReturnType<typeof clearanceBodySchema>>;
