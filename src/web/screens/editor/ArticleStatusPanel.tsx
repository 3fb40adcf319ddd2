import { useState } from 'react';
import type { ArticleWithSchedule } from '../../../contract/editor-articles.ts';
import { editorApi } from '../../api/editor.ts';
import { FormAlert, useFormAction } from '../../components/forms.tsx';
import { formatPublicationTime, fromLocalInput, toLocalInput } from './publication-time.ts';

/** Schedule (by default the next release slot), publish now, unschedule, unpublish. */
export function ArticleStatusPanel({
  current,
  onChanged,
}: {
  current: ArticleWithSchedule;
  onChanged(next: ArticleWithSchedule): void;
}) {
  const { article, schedule } = current;
  const [when, setWhen] = useState(toLocalInput(article.publishAt ?? schedule.nextSlot, schedule.timeZone));
  const { isBusy, problem, run } = useFormAction(
    async (move: 'schedule' | 'unschedule' | 'publish' | 'unpublish') => {
      if (move === 'schedule') {
        const publishAt = fromLocalInput(when, schedule.timeZone) ?? schedule.nextSlot;
        onChanged(await editorApi.schedule(article.id, publishAt));
      } else {
        onChanged(await editorApi.move(article.id, move));
      }
    },
  );
  const whenError = problem?.fieldMessage('publishAt');
  return (
    <section className="section card" aria-labelledby="status-heading">
      <h2 id="status-heading">Publishing</h2>
      <p role="status" data-testid="article-status">
        {article.status === 'scheduled' && article.publishAt
          ? `Scheduled for ${formatPublicationTime(article.publishAt, schedule.timeZone)}`
          : article.status === 'published' && article.publishedAt
            ? `Published ${formatPublicationTime(article.publishedAt, schedule.timeZone)}`
            : 'Draft: not on the site.'}
      </p>
      <FormAlert problem={whenError ? undefined : problem} />
      {article.status !== 'published' && (
        <div className={whenError ? 'field field--invalid' : 'field'}>
          <label className="field__label" htmlFor="publish-at">
            Publish at ({schedule.timeZone})
          </label>
          {whenError && (
            <p className="field__error" id="publish-at-error">
              {whenError}
            </p>
          )}
          <input
            id="publish-at"
            type="datetime-local"
            className="input"
            value={when}
            aria-describedby={whenError ? 'publish-at-error' : undefined}
            onChange={(event) => setWhen(event.target.value)}
          />
        </div>
      )}
      <div className="button-row">
        {article.status !== 'published' && (
          <button
            type="button"
            className="button"
            aria-disabled={isBusy}
            onClick={() => void run('schedule')}
          >
            {article.status === 'scheduled' ? 'Reschedule' : 'Schedule'}
          </button>
        )}
        {article.status === 'scheduled' && (
          <button
            type="button"
            className="button button--secondary"
            aria-disabled={isBusy}
            onClick={() => void run('unschedule')}
          >
            Unschedule
          </button>
        )}
        {article.status !== 'published' && (
          <button
            type="button"
            className="button button--secondary"
            aria-disabled={isBusy}
            onClick={() => void run('publish')}
          >
            Publish now
          </button>
        )}
        {article.status === 'published' && (
          <button
            type="button"
            className="button button--secondary"
            aria-disabled={isBusy}
            onClick={() => void run('unpublish')}
          >
            Unpublish
          </button>
        )}
      </div>
    </section>
  );
}
