import { Link, useLocation } from 'wouter';
import type { ArticleSummary } from '../../../contract/editor-articles.ts';
import { editorApi } from '../../api/editor.ts';
import { useApiData } from '../../api/useApiData.ts';
import { FormAlert, useFormAction } from '../../components/forms.tsx';
import { LoadFailed } from '../../components/LoadFailed.tsx';
import { Loading } from '../../components/Loading.tsx';
import { Page } from '../../components/Page.tsx';
import { EditorNav } from './EditorNav.tsx';
import { PremiumLabel } from './premium.tsx';
import { formatPublicationTime } from './publication-time.ts';

const STATUS_WORDS = { draft: 'Draft', scheduled: 'Scheduled', published: 'Published' } as const;

function statusLine(article: ArticleSummary, timeZone: string): string {
  if (article.status === 'scheduled' && article.publishAt) {
    return `Scheduled for ${formatPublicationTime(article.publishAt, timeZone)}`;
  }
  if (article.status === 'published' && article.publishedAt) {
    return `Published ${formatPublicationTime(article.publishedAt, timeZone)}`;
  }
  return STATUS_WORDS[article.status];
}

/** Every article, whatever its status, the most recently changed first; "New article" starts a draft. */
export function EditorArticlesScreen() {
  const list = useApiData(editorApi.articles);
  const [, navigate] = useLocation();
  const { isBusy, problem, run } = useFormAction(async () => {
    const { article } = await editorApi.create({ id: crypto.randomUUID(), title: 'New article' });
    navigate(`/editor/articles/${article.id}`);
  });
  return (
    <Page title="Articles" width="wide" before={<EditorNav />}>
      <FormAlert problem={problem} />
      <button type="button" className="button" aria-disabled={isBusy} onClick={() => void run()}>
        {isBusy ? 'Starting…' : 'New article'}
      </button>
      {list.status === 'loading' && <Loading what="Loading the articles" />}
      {list.status === 'failed' && <LoadFailed problem={list.problem} retry={list.retry} />}
      {list.status === 'ready' &&
        (list.data.articles.length === 0 ? (
          <p>No articles yet.</p>
        ) : (
          <ul className="account-list" aria-label="Articles">
            {list.data.articles.map((article) => (
              <li key={article.id} className="account-list__item" data-testid="article-row">
                <Link href={`/editor/articles/${article.id}`} className="account-list__name">
                  {article.title}
                </Link>
                <span className="account-list__meta">
                  {statusLine(article, list.data.schedule.timeZone)}
                  {article.isPremium && <PremiumLabel />}
                </span>
              </li>
            ))}
          </ul>
        ))}
    </Page>
  );
}
