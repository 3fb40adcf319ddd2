/**
 * The assessment measures two instruments on the way to the starting plan: back pain now (0–10) and the
 * 30-second chair stand. Those answers are the baseline measures of pain and of the chair stand test, so
 * the first week does not ask them again.
 *
 * Only what was asked is kept: the assessment asks pain now and the worst pain of the last week, and the
 * worst is not the average the pain rating's second item asks for, so that item stays unanswered. Sex is
 * not asked in the assessment; without it the chair stand is compared with the member's own first test.
 */
import type { Assessment } from '../engine/schemas.ts';
import type { ChairStandAnswers } from './chair-stand.ts';
import type { PainAnswers } from './pain.ts';

export type AssessedBaseline =
  | { instrumentId: 'pain'; answers: PainAnswers }
  | { instrumentId: 'chair-stand'; answers: ChairStandAnswers };

export function baselineFromAssessment(
  assessment: Pick<Assessment, 'painNow' | 'chairStands' | 'age'>,
): AssessedBaseline[] {
  return [
    { instrumentId: 'pain', answers: { now: assessment.painNow } },
    {
      instrumentId: 'chair-stand',
      answers: { stands: assessment.chairStands, age: assessment.age, sex: null },
    },
  ];
}
