import { useState } from 'react';
import { Link } from 'wouter';
import type { Episode, SaveEpisodeBody } from '../../../contract/editor-episodes.ts';
import type { ImagePurpose, MediaFile, MediaKind } from '../../../contract/media.ts';
import type { ApiProblem } from '../../api/client.ts';
import { editorEpisodesApi } from '../../api/editor-episodes.ts';
import { useApiData } from '../../api/useApiData.ts';
import { FieldShell, TextField } from '../../components/forms.tsx';
import { LoadFailed } from '../../components/LoadFailed.tsx';
import { Loading } from '../../components/Loading.tsx';
import { Page } from '../../components/Page.tsx';
import { statusWords } from './episode-words.ts';
import { PremiumField } from './premium.tsx';
import { UploadField } from './UploadField.tsx';

interface Files {
  media: MediaFile | null;
  poster: MediaFile | null;
  artwork: MediaFile | null;
  transcript: MediaFile | null;
  chapters: MediaFile | null;
}

/** The files an episode has, in the order the form asks for them. */
const EPISODE_FILES: {
  slot: keyof Files;
  label: string;
  hint: string;
  kinds: { kind: MediaKind; purpose?: ImagePurpose };
  kindOf?: (file: File) => MediaKind;
  accept: string;
}[] = [
  {
    slot: 'media',
    label: 'Audio or video',
    hint: 'MP3 or M4A audio, or MP4 video (H.264 with AAC).',
    kinds: { kind: 'audio' },
    kindOf: (file) => (/\.mp4$/.test(file.name) || file.type.startsWith('video/') ? 'video' : 'audio'),
    accept: 'audio/mpeg,audio/mp4,video/mp4,.mp3,.m4a,.mp4',
  },
  {
    slot: 'artwork',
    label: 'Artwork',
    hint: "Square, 1400–3000 px, JPEG or PNG; without it the podcast's artwork is used.",
    kinds: { kind: 'image', purpose: 'artwork' },
    accept: 'image/jpeg,image/png',
  },
  {
    slot: 'poster',
    label: 'Poster',
    hint: 'For a video: the image shown before it plays.',
    kinds: { kind: 'image', purpose: 'poster' },
    accept: 'image/jpeg,image/png,image/webp',
  },
  {
    slot: 'transcript',
    label: 'Transcript',
    hint: 'WebVTT or SRT.',
    kinds: { kind: 'transcript' },
    accept: '.vtt,.srt,text/vtt',
  },
  {
    slot: 'chapters',
    label: 'Chapters',
    hint: 'Podcasting 2.0 chapters (JSON).',
    kinds: { kind: 'chapters' },
    accept: '.json,application/json',
  },
];

function bodyOf(episode: Episode, words: Words, files: Files): SaveEpisodeBody {
  return {
    title: words.title,
    summary: words.summary,
    notesMarkdown: words.notesMarkdown,
    season: Number(words.season) || episode.season,
    number: words.number.trim() === '' ? null : Number(words.number),
    explicit: words.explicit,
    isPremium: words.isPremium,
    articleId: words.articleId.trim() === '' ? null : words.articleId.trim(),
    mediaId: files.media?.id ?? null,
    posterMediaId: files.poster?.id ?? null,
    artworkMediaId: files.artwork?.id ?? null,
    transcriptMediaId: files.transcript?.id ?? null,
    chaptersMediaId: files.chapters?.id ?? null,
  };
}

interface Words {
  title: string;
  summary: string;
  notesMarkdown: string;
  season: string;
  number: string;
  explicit: boolean;
  isPremium: boolean;
  articleId: string;
}

const wordsOf = (episode: Episode): Words => ({
  title: episode.title,
  summary: episode.summary,
  notesMarkdown: episode.notesMarkdown,
  season: String(episode.season),
  number: episode.number === null ? '' : String(episode.number),
  explicit: episode.explicit,
  isPremium: episode.isPremium,
  articleId: episode.articleId ?? '',
});

const filesOf = (episode: Episode): Files => ({
  media: episode.media,
  poster: episode.poster,
  artwork: episode.artwork,
  transcript: episode.transcript,
  chapters: episode.chapters,
});

function EpisodeForm({ initial }: { initial: Episode }) {
  const [episode, setEpisode] = useState(initial);
  const [words, setWords] = useState(() => wordsOf(initial));
  const [files, setFiles] = useState(() => filesOf(initial));
  const [publishAt, setPublishAt] = useState('');
  const [problem, setProblem] = useState<ApiProblem>();
  const [notice, setNotice] = useState('');
  const [isBusy, setIsBusy] = useState(false);
  const set = (change: Partial<Words>) => setWords((current) => ({ ...current, ...change }));
  const setFile = (name: keyof Files) => (file: MediaFile | null) =>
    setFiles((current) => ({ ...current, [name]: file }));
  const fieldError = (field: string) => problem?.fieldMessage(field);

  async function act(what: string, action: () => Promise<Episode>) {
    setIsBusy(true);
    setProblem(undefined);
    setNotice('');
    try {
      const saved = await action();
      setEpisode(saved);
      setNotice(what);
    } catch (error) {
      setProblem(error as ApiProblem);
    } finally {
      setIsBusy(false);
    }
  }
  const save = () => editorEpisodesApi.save(episode.id, bodyOf(episode, words, files));

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        act('Saved.', save);
      }}
    >
      <p data-testid="episode-status">{statusWords(episode)}</p>
      <TextField
        id="title"
        label="Title"
        value={words.title}
        onValueChange={(title) => set({ title })}
        error={fieldError('title')}
      />
      <FieldShell
        id="summary"
        label="Summary"
        hint="A sentence or two, for the feed and link previews."
        error={fieldError('summary')}
      >
        <textarea
          id="summary"
          className="input"
          rows={3}
          value={words.summary}
          onChange={(event) => set({ summary: event.target.value })}
          aria-describedby="summary-hint"
        />
      </FieldShell>
      <FieldShell id="notes" label="Show notes" hint="Markdown." error={fieldError('notesMarkdown')}>
        <textarea
          id="notes"
          className="input"
          rows={8}
          value={words.notesMarkdown}
          onChange={(event) => set({ notesMarkdown: event.target.value })}
          aria-describedby="notes-hint"
        />
      </FieldShell>
      <TextField
        id="season"
        label="Season"
        inputMode="numeric"
        value={words.season}
        onValueChange={(season) => set({ season })}
        error={fieldError('season')}
      />
      <TextField
        id="number"
        label="Episode number"
        hint="Unique within its season; leave empty for none."
        inputMode="numeric"
        value={words.number}
        onValueChange={(number) => set({ number })}
        error={fieldError('number')}
      />
      <div className="field">
        <label>
          <input
            type="checkbox"
            checked={words.explicit}
            onChange={(event) => set({ explicit: event.target.checked })}
          />{' '}
          Explicit
        </label>
      </div>
      <PremiumField
        id="premium"
        kind="episode"
        isPremium={words.isPremium}
        onChange={(isPremium) => set({ isPremium })}
      />
      <TextField
        id="article"
        label="Paired article (its id)"
        hint="An article pairs with one episode."
        value={words.articleId}
        onValueChange={(articleId) => set({ articleId })}
        error={fieldError('articleId')}
      />
      {EPISODE_FILES.map((field) => (
        <UploadField
          key={field.slot}
          id={field.slot}
          label={field.label}
          hint={field.hint}
          kinds={field.kinds}
          kindOf={field.kindOf}
          accept={field.accept}
          file={files[field.slot]}
          onFile={setFile(field.slot)}
        />
      ))}
      {problem && (
        <p className="alert alert--error" role="alert">
          {problem.detail}
        </p>
      )}
      {notice && <p role="status">{notice}</p>}
      <button type="submit" className="button button--primary" disabled={isBusy}>
        Save
      </button>
      <TextField
        id="publish-at"
        label="Publish at"
        hint="Leave empty for the next release."
        type="datetime-local"
        value={publishAt}
        onValueChange={setPublishAt}
        error={fieldError('publishAt')}
      />
      <button
        type="button"
        className="button button--secondary"
        disabled={isBusy}
        onClick={() =>
          act('Scheduled.', async () => {
            await save();
            return editorEpisodesApi.schedule(
              episode.id,
              publishAt ? new Date(publishAt).toISOString() : undefined,
            );
          })
        }
      >
        Save and schedule
      </button>
      {episode.status === 'scheduled' && (
        <button
          type="button"
          className="button button--secondary"
          disabled={isBusy}
          onClick={() => act('Taken off the schedule.', () => editorEpisodesApi.unschedule(episode.id))}
        >
          Unschedule
        </button>
      )}
      {episode.status !== 'published' ? (
        <button
          type="button"
          className="button button--secondary"
          disabled={isBusy}
          onClick={() =>
            act('Published.', async () => {
              await save();
              return editorEpisodesApi.publish(episode.id);
            })
          }
        >
          Save and publish now
        </button>
      ) : (
        <button
          type="button"
          className="button button--danger"
          disabled={isBusy}
          onClick={() => act('Unpublished.', () => editorEpisodesApi.unpublish(episode.id))}
        >
          Unpublish
        </button>
      )}
    </form>
  );
}

/** One episode for editors (`/editor/episodes/:id`): its words, files and when it goes out. */
export function EditorEpisodeScreen({ id }: { id: string }) {
  const episode = useApiData(() => editorEpisodesApi.read(id));
  return (
    <Page title="Episode" heading="Edit episode" before={<Link href="/editor/episodes">All episodes</Link>}>
      {episode.status === 'loading' && <Loading />}
      {episode.status === 'failed' && <LoadFailed problem={episode.problem} retry={episode.retry} />}
      {episode.status === 'ready' && <EpisodeForm initial={episode.data} />}
    </Page>
  );
}
