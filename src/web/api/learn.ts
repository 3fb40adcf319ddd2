/** The Learn tab's one read: the publication's articles for where the member is now, and the latest episode. */
import type { ExerciseArticles, Learn } from '../../contract/learn.ts';
import { get } from './client.ts';

export const learnApi = {
  read: () => get<Learn>('/api/learn'),
};

/** The published articles about one exercise: public, like the articles themselves. */
export function articlesAboutExercise(exerciseId: string) {
  return get<ExerciseArticles>(`/api/learn/exercises/${encodeURIComponent(exerciseId)}`);
}
