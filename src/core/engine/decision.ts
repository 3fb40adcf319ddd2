import { z } from 'zod';
import { isSameLoad } from '../catalogue/loads.ts';
import type { ExerciseId, Load } from '../catalogue/types.ts';
import { RULE_IDS, RULES, type RuleId } from './rules.ts';
import { type ExerciseState, exerciseIdSchema, loadSchema, STAGES, type Stage } from './schemas.ts';

/**
 * What a decision changed, as before → after pairs (like a diff). An empty change is a hold: the rule
 * fired and the plan stays as it is.
 */
export interface Change {
  level?: { from: number; to: number };
  load?: { from: Load; to: Load };
  targetSets?: { from: number; to: number };
  stage?: { from: Stage; to: Stage };
  phase?: { from: number; to: number };
  exercise?: 'added' | 'retired';
  paused?: { from: boolean; to: boolean };
}

export type DecisionInput = string | number | boolean | null | readonly string[] | Load;

/**
 * One decision of the method: which rule fired, on what inputs, what it changed, and the sentence the
 * member reads. `exerciseId` is null for decisions about the whole plan (a pause, a phase).
 */
export interface Decision {
  exerciseId: ExerciseId | null;
  ruleId: RuleId;
  inputs: Record<string, DecisionInput>;
  change: Change;
  sentence: string;
  /** The member's coach should hear about this one. */
  tellCoach: boolean;
}

const fromTo = <T extends z.ZodType>(schema: T) => z.object({ from: schema, to: schema });

export const decisionSchema = z.object({
  exerciseId: exerciseIdSchema.nullable(),
  ruleId: z.enum(RULE_IDS as [RuleId, ...RuleId[]]),
  inputs: z.record(
    z.string(),
    z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(z.string()).readonly(), loadSchema]),
  ),
  change: z.object({
    level: fromTo(z.int()).optional(),
    load: fromTo(loadSchema).optional(),
    targetSets: fromTo(z.int()).optional(),
    stage: fromTo(z.enum(STAGES)).optional(),
    phase: fromTo(z.int()).optional(),
    exercise: z.enum(['added', 'retired']).optional(),
    paused: fromTo(z.boolean()).optional(),
  }),
  sentence: z.string().min(1),
  tellCoach: z.boolean(),
});

export function isKnownRule(ruleId: string): ruleId is RuleId {
  return Object.hasOwn(RULES, ruleId);
}

/** The change between two states of one exercise, field by field, like Liftosaur's `diffState`. */
export function changeBetween(before: ExerciseState, after: ExerciseState): Change {
  const change: Change = {};
  if (before.level !== after.level) change.level = { from: before.level, to: after.level };
  if (!isSameLoad(before.load, after.load)) change.load = { from: before.load, to: after.load };
  if (before.targetSets !== after.targetSets) {
    change.targetSets = { from: before.targetSets, to: after.targetSets };
  }
  if (before.stage !== after.stage) change.stage = { from: before.stage, to: after.stage };
  return change;
}
