/** Every red-flag screen on which the member answered "yes" to a warning sign, with the questions. */
import { RED_FLAG_QUESTIONS } from '../red-flags/questions.ts';
import type { HistoryScreen } from './history.ts';
import type { RedFlagEvent } from './types.ts';

export function redFlagEvents(screens: readonly HistoryScreen[]): RedFlagEvent[] {
  return screens.flatMap((screen) => {
    const raised = RED_FLAG_QUESTIONS.filter((question) => screen.answers[question.id] === true);
    if (raised.length === 0) return [];
    return [
      {
        date: screen.on,
        flags: raised.map((question) => question.text),
        signs: raised.map((question) => question.sign),
        isUrgent: screen.outcome === 'emergency',
      },
    ];
  });
}
