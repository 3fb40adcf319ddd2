import { type RecordedScreen, recordScreenResult } from '../core/engine/safety-hold.ts';
import type { RedFlagAnswers } from '../core/red-flags/questions.ts';

/** A screen just answered on this phone, as the server will record it, to show its hold at once. */
export function localScreen(id: string, answers: RedFlagAnswers): RecordedScreen {
  return recordScreenResult(id, answers, new Date().toISOString());
}
