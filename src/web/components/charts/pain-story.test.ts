/**
 * The story and the pain chart speak of the same workouts: built from one member's history, the number in
 * the story's "over your first N workouts" is the number in the chart's words, whatever the history holds.
 */
import { describe, expect, it } from 'vitest';
import { addDays } from '../../../core/engine/dates.ts';
import { buildTrainingProgress } from '../../../core/progress/build.ts';
import {
  BODYWEIGHT,
  historyOf,
  setOf,
  setsOf,
  workoutOn,
} from '../../../core/progress/history.test-support.ts';
import { painCaption } from './chart-words.ts';

function firstPeriod(sentence: string | undefined): string | undefined {
  return sentence?.match(/over your first (\d+) workouts/)?.[1];
}

describe('the first period of pain, in the story and on the chart', () => {
  it('names the same number of workouts in both', () => {
    for (let count = 1; count <= 16; count += 1) {
      const workouts = Array.from({ length: count }, (_, index) =>
        workoutOn(addDays('2026-03-02', 2 * index), setsOf(2, setOf('squat', 1, BODYWEIGHT, { pain: 4 }))),
      );
      const progress = buildTrainingProgress(
        historyOf({ today: addDays('2026-03-02', 2 * count), workouts }),
      );
      const told = progress.story.find((sentence) => sentence.includes('highest pain during a workout'));
      const shown = painCaption(progress.pain);
      expect(firstPeriod(told), `${count} workouts: ${shown}`).toBe(firstPeriod(shown));
      if (count >= 10) expect(firstPeriod(told)).toBe('5');
    }
  });
});
