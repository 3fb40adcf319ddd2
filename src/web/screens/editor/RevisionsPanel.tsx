import type { ArticleWithSchedule } from '../../../contract/editor-articles.ts';
import { editorApi } from '../../api/editor.ts';
import { useApiData } from '../../api/useApiData.ts';
import { FormAlert, useFormAction } from '../../components/forms.tsx';
import { LoadFailed } from '../../components/LoadFailed.tsx';

function formatSaved(iso: string): string {
  return new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(iso),
  );
}

/** Every save, newest first; restoring one saves its content again as the next revision. */
export function RevisionsPanel({
  current,
  onRestored,
}: {
  current: ArticleWithSchedule;
  onRestored(next: ArticleWithSchedule): void;
}) {
  const { article } = current;
  // Asked again whenever the article's revision moves (the key below remounts it).
  const revisions = useApiData(() => editorApi.revisions(article.id));
  const { isBusy, problem, run } = useFormAction(async (revision: number) => {
    onRestored(await editorApi.restore(article.id, revision, article.revision));
  });
  return (
    <section className="section card" aria-labelledby="revisions-heading">
      <h2 id="revisions-heading">Revisions</h2>
      <FormAlert problem={problem} />
      {revisions.status === 'failed' && <LoadFailed problem={revisions.problem} retry={revisions.retry} />}
      {revisions.status === 'ready' && (
        <ol className="account-list" aria-label="Revisions">
          {revisions.data.revisions.map((entry) => (
            <li key={entry.revision} className="account-list__item" data-testid="revision-row">
              <span className="account-list__name">
                Revision {entry.revision}
                {entry.revision === article.revision && ' (current)'}
              </span>
              <span className="account-list__meta">
                “{entry.title}” · {formatSaved(entry.savedAt)}
                {entry.savedBy && ` · ${entry.savedBy}`}
              </span>
              {entry.revision !== article.revision && (
                <button
                  type="button"
                  className="button button--secondary"
                  aria-disabled={isBusy}
                  onClick={() => void run(entry.revision)}
                >
                  Restore revision {entry.revision}
                </button>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
