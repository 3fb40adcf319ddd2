import type { RecordedScreen } from '../core/engine/safety-hold.ts';
import type { RedFlagAnswers } from '../core/red-flags/questions.ts';
import { screenRedFlags } from '../core/red-flags/screen.ts';

/** A screen just answered on this phone, as the server will record it, to show its hold at once. */
export function localScreen(id: string, answers: RedFlagAnswers): RecordedScreen {
  const result = screenRedFlags(answers);
  return {
    id,
    answers,
    outcome: result.outcome,
    ...(result.urgency ? { urgency: result.urgency } : {}),
    reasons: result.reasons,
    at: new Date().toISOString(),
    clearedAt: null,
  };
}
