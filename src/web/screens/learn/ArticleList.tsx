import type { LearnArticle } from '../../../contract/learn.ts';
import { formatDate } from '../../format.ts';
import { useHasFeature } from '../../membership-features.ts';

/**
 * Articles as links to their public pages. A plain <a>, not the app's router: the article page is
 * rendered by the server, so it opens as a full page load.
 */
export function ArticleList({ articles }: { articles: readonly LearnArticle[] }) {
  const hasPremium = useHasFeature('premium-publication');
  return (
    <ul className="article-list">
      {articles.map((article) => (
        <li key={article.url} className="article-list__item card">
          <a href={article.url} className="article-list__title">
            {article.title}
          </a>
          <p>{article.summary}</p>
          <p className="article-list__meta">
            {article.isPremium && !hasPremium && <span className="premium-mark">Premium</span>}
            <time dateTime={article.publishedAt}>{formatDate(article.publishedAt.slice(0, 10))}</time>
            {article.episode && <> · with an episode to listen to</>}
          </p>
        </li>
      ))}
    </ul>
  );
}
