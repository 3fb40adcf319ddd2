/**
 * What the next phase asks for, each criterion with whether it is met, so the member sees how far along
 * they are ("2 of 7 done") rather than only what is missing. A criterion that does not apply to the member
 * (the weeks since a surgery they never had) is left out: it would count as done without their doing it.
 */
import { describeCriterion } from './phase-changes.ts';
import { evaluatePhase, isCriterionMet, type PhaseCriterion, phaseDefinition } from './phases.ts';
import type { Plan } from './schemas.ts';

export interface CriterionProgress {
  /** "the squat at level 3 (half squat) or further". */
  text: string;
  isMet: boolean;
}

export interface NextPhaseCriteria {
  phase: number;
  criteria: CriterionProgress[];
  /** "2 of 7 done", or "All 7 done" when the next workout earns the phase. */
  summary: string;
}

function appliesTo(plan: Plan, criterion: PhaseCriterion): boolean {
  return criterion.kind !== 'weeks-since-surgery' || plan.surgeryOn !== null;
}

/** The next phase's criteria with which are met; null in phase 5, which has no next phase. */
export function nextPhaseCriteria(plan: Plan, today: string): NextPhaseCriteria | null {
  const next = evaluatePhase(plan, today).next;
  if (!next) return null;
  const criteria = phaseDefinition(next.phase)
    .entry.filter((criterion) => appliesTo(plan, criterion))
    .map((criterion) => ({
      text: describeCriterion(criterion),
      isMet: isCriterionMet(plan, criterion, today),
    }));
  const met = criteria.filter((criterion) => criterion.isMet).length;
  const summary = met === criteria.length ? `All ${met} done` : `${met} of ${criteria.length} done`;
  return { phase: next.phase, criteria, summary };
}
