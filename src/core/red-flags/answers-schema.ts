import { z } from 'zod';
import { RED_FLAG_QUESTION_IDS, type RedFlagQuestionId } from './questions.ts';

/**
 * Every question must be answered: a missing answer is not a "no". Kept apart from screen.ts so the
 * phone can judge a screen without downloading the validation library.
 */
export const redFlagAnswersSchema = z.strictObject(
  Object.fromEntries(
    RED_FLAG_QUESTION_IDS.map((id) => [id, z.boolean({ error: 'answer yes or no' })]),
  ) as Record<RedFlagQuestionId, z.ZodBoolean>,
);
