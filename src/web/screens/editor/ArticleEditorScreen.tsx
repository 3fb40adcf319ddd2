import { type FormEvent, useState } from 'react';
import type { ArticleWithSchedule } from '../../../contract/editor-articles.ts';
import { EXERCISES } from '../../../core/catalogue/index.ts';
import type { ApiProblem } from '../../api/client.ts';
import { editorApi, uploadCover } from '../../api/editor.ts';
import { useApiData } from '../../api/useApiData.ts';
import {
  asSentence,
  FieldShell,
  FormAlert,
  Notice,
  SubmitButton,
  TextField,
  useFormAction,
} from '../../components/forms.tsx';
import { LoadFailed } from '../../components/LoadFailed.tsx';
import { Loading } from '../../components/Loading.tsx';
import { Page } from '../../components/Page.tsx';
import { ArticleStatusPanel } from './ArticleStatusPanel.tsx';
import { type ArticleForm, formOf, saveBodyOf, toggled } from './article-form.ts';
import { EditorNav } from './EditorNav.tsx';
import { PremiumField } from './premium.tsx';
import { RevisionsPanel } from './RevisionsPanel.tsx';

const PHASES = [1, 2, 3, 4, 5] as const;
const EXERCISE_IDS = EXERCISES.map((exercise) => exercise.id);

/** The server's messages by the field they are about ("body.tags.0" → tags). */
function errorsByField(problem: ApiProblem | undefined): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const entry of problem?.errors ?? []) {
    const field = entry.location.split('.')[1];
    if (field && !errors[field]) errors[field] = asSentence(entry.message);
  }
  return errors;
}

function ArticleEditor({ loaded }: { loaded: ArticleWithSchedule }) {
  const [current, setCurrent] = useState(loaded);
  // The form keeps what was typed whatever a save answers: a failed save loses nothing.
  const [form, setForm] = useState<ArticleForm>(() => formOf(loaded.article));
  const [saved, setSaved] = useState<string | undefined>();
  const { article } = current;
  const isDraft = article.status === 'draft';
  const set = <K extends keyof ArticleForm>(key: K, value: ArticleForm[K]) => {
    setSaved(undefined);
    setForm((before) => ({ ...before, [key]: value }));
  };
  const save = useFormAction(async () => {
    const next = await editorApi.save(
      article.id,
      saveBodyOf(form, { revision: article.revision, slug: article.slug, isDraft }),
    );
    setCurrent(next);
    setForm((before) => ({ ...before, slug: next.article.slug }));
    setSaved(`Saved as revision ${next.article.revision}.`);
  });
  const upload = useFormAction(async (file: File) => {
    const media = await uploadCover(file);
    setForm((before) => ({ ...before, coverMediaId: media.id, coverUrl: media.url }));
  });
  const errors = errorsByField(save.problem);

  function submit(event: FormEvent) {
    event.preventDefault();
    void save.run();
  }

  function replaced(next: ArticleWithSchedule) {
    setCurrent(next);
    setForm(formOf(next.article));
  }

  return (
    <>
      <form className="form section card" onSubmit={submit} noValidate aria-label="Article">
        <FormAlert problem={save.problem} />
        {saved && <Notice>{saved}</Notice>}
        <TextField
          id="article-title"
          label="Title"
          value={form.title}
          onValueChange={(v) => set('title', v)}
          error={errors.title}
          maxLength={120}
        />
        <TextField
          id="article-slug"
          label="Address (slug)"
          hint={
            isDraft
              ? 'Follows the title unless you change it; fixed once scheduled or published.'
              : 'Fixed once scheduled or published.'
          }
          value={form.slug}
          onValueChange={(v) => set('slug', v)}
          error={errors.slug}
          readOnly={!isDraft}
        />
        <FieldShell
          id="article-summary"
          label="Summary"
          hint="A sentence or two, up to 300 characters."
          error={errors.summary}
        >
          <textarea
            id="article-summary"
            className="input"
            rows={3}
            value={form.summary}
            onChange={(e) => set('summary', e.target.value)}
          />
        </FieldShell>
        <TextField
          id="article-tags"
          label="Tags"
          hint="Up to 8, separated by commas, e.g. knees, hip-hinge."
          value={form.tags}
          onValueChange={(v) => set('tags', v)}
          error={errors.tags}
        />
        <fieldset className={errors.exercises ? 'field field--invalid' : 'field'}>
          <legend className="field__label">Exercises it is about</legend>
          {errors.exercises && <p className="field__error">{errors.exercises}</p>}
          {EXERCISES.map((exercise) => (
            <label key={exercise.id} className="checkbox">
              <input
                type="checkbox"
                checked={form.exercises.includes(exercise.id)}
                onChange={(e) =>
                  set('exercises', toggled(EXERCISE_IDS, form.exercises, exercise.id, e.target.checked))
                }
              />
              <span>{exercise.name}</span>
            </label>
          ))}
        </fieldset>
        <fieldset className={errors.phases ? 'field field--invalid' : 'field'}>
          <legend className="field__label">Phases it is for</legend>
          {errors.phases && <p className="field__error">{errors.phases}</p>}
          {PHASES.map((phase) => (
            <label key={phase} className="checkbox">
              <input
                type="checkbox"
                checked={form.phases.includes(phase)}
                onChange={(e) => set('phases', toggled(PHASES, form.phases, phase, e.target.checked))}
              />
              <span>Phase {phase}</span>
            </label>
          ))}
        </fieldset>
        <FieldShell
          id="article-cover"
          label="Cover image"
          hint="A JPEG or PNG photo."
          error={errors.coverMediaId ?? upload.problem?.detail}
        >
          {form.coverUrl && <img src={form.coverUrl} alt="" className="editor-cover" width={320} />}
          <input
            id="article-cover"
            type="file"
            className="input"
            accept="image/jpeg,image/png"
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) void upload.run(file);
            }}
          />
        </FieldShell>
        <TextField
          id="article-cover-alt"
          label="Cover description (for screen readers)"
          value={form.coverAlt}
          onValueChange={(v) => set('coverAlt', v)}
          error={errors.coverAlt}
        />
        <PremiumField
          id="article-premium"
          kind="article"
          isPremium={form.isPremium}
          onChange={(isPremium) => set('isPremium', isPremium)}
        />
        <FieldShell id="article-body" label="Text (Markdown)" error={errors.bodyMarkdown}>
          <textarea
            id="article-body"
            className="input"
            rows={16}
            value={form.bodyMarkdown}
            onChange={(e) => set('bodyMarkdown', e.target.value)}
          />
        </FieldShell>
        <div className="button-row">
          <SubmitButton isBusy={save.isBusy} busyText="Saving…">
            Save
          </SubmitButton>
          <a
            href={`/preview/articles/${article.id}`}
            target="_blank"
            rel="noopener"
            className="button button--secondary"
          >
            Preview (opens a new tab)
          </a>
        </div>
      </form>
      <ArticleStatusPanel
        key={`${article.status}:${article.publishAt}`}
        current={current}
        onChanged={setCurrent}
      />
      <RevisionsPanel key={article.revision} current={current} onRestored={replaced} />
    </>
  );
}

/** One article's editing form, its publishing controls and its revisions. */
export function ArticleEditorScreen({ id }: { id: string }) {
  const loaded = useApiData(() => editorApi.article(id));
  return (
    <Page title="Edit article" width="wide" before={<EditorNav />}>
      {loaded.status === 'loading' && <Loading what="Loading the article" />}
      {loaded.status === 'failed' && <LoadFailed problem={loaded.problem} retry={loaded.retry} />}
      {loaded.status === 'ready' && <ArticleEditor loaded={loaded.data} />}
    </Page>
  );
}
