import { learnApi } from '../../api/learn.ts';
import { useApiData } from '../../api/useApiData.ts';
import { AllLessons } from '../../components/EducationCard.tsx';
import { LoadFailed } from '../../components/LoadFailed.tsx';
import { Loading } from '../../components/Loading.tsx';
import { Page } from '../../components/Page.tsx';
import { ArticleList } from './ArticleList.tsx';
import { EpisodePlayer } from './EpisodePlayer.tsx';
import './learn.css';

/** How many of the best-fitting articles lead the screen. */
const FOR_NOW_COUNT = 3;

/**
 * Learn: the articles that fit where the member is now, the app's lessons to read again, every article,
 * and the latest episode to play here. The lessons ship with the app, so they show even offline and
 * before the publication has loaded.
 */
export function LearnScreen() {
  const loaded = useApiData(learnApi.read);
  return (
    <Page title="Learn">
      {loaded.status === 'loading' && <Loading what="Loading the articles" />}
      {loaded.status === 'failed' && <LoadFailed problem={loaded.problem} retry={loaded.retry} />}
      {loaded.status === 'ready' && loaded.data.articles.length > 0 && (
        <section className="section" aria-labelledby="for-now-heading">
          <h2 id="for-now-heading">For where you are now</h2>
          {!loaded.data.isForWhereYouAre && (
            <p>The newest first. Once you have a plan, those for your phase and your exercises come first.</p>
          )}
          <ArticleList articles={loaded.data.articles.slice(0, FOR_NOW_COUNT)} />
        </section>
      )}
      {loaded.status === 'ready' && loaded.data.latestEpisode && (
        <section className="section" aria-labelledby="episode-heading">
          <h2 id="episode-heading">The latest episode</h2>
          <EpisodePlayer episode={loaded.data.latestEpisode} />
        </section>
      )}
      <section className="section" aria-labelledby="lessons-heading">
        <h2 id="lessons-heading">Good to know</h2>
        <AllLessons />
      </section>
      {loaded.status === 'ready' && (
        <section className="section" aria-labelledby="articles-heading">
          <h2 id="articles-heading">All articles</h2>
          {loaded.data.articles.length === 0 ? (
            <p>No articles yet. A new one comes out every week.</p>
          ) : (
            <ArticleList articles={loaded.data.articles} />
          )}
        </section>
      )}
    </Page>
  );
}
