import { articlesAboutExercise } from '../../api/learn.ts';
import { useApiData } from '../../api/useApiData.ts';
import { ArticleList } from './ArticleList.tsx';
import './learn.css';

/**
 * The published articles about an exercise, on its page. Extra reading: while it loads, when it fails
 * and when there are none, the page simply goes without it.
 */
export function ExerciseArticles({ exerciseId }: { exerciseId: string }) {
  const loaded = useApiData(() => articlesAboutExercise(exerciseId));
  if (loaded.status !== 'ready' || loaded.data.articles.length === 0) return null;
  return (
    <section className="section" aria-labelledby="articles-heading">
      <h2 id="articles-heading">Read more about it</h2>
      <ArticleList articles={loaded.data.articles} />
    </section>
  );
}
