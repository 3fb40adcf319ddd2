import { useState } from 'react';
import { Link, useLocation } from 'wouter';
import type { EpisodeListItem } from '../../../contract/editor-episodes.ts';
import type { ApiProblem } from '../../api/client.ts';
import { editorEpisodesApi } from '../../api/editor-episodes.ts';
import { useApiData } from '../../api/useApiData.ts';
import { LoadFailed } from '../../components/LoadFailed.tsx';
import { Loading } from '../../components/Loading.tsx';
import { Page } from '../../components/Page.tsx';
import { statusWords } from './episode-words.ts';
import { PremiumLabel } from './premium.tsx';

function EpisodeRow({ episode }: { episode: EpisodeListItem }) {
  const numbering =
    episode.number === null ? `Season ${episode.season}` : `S${episode.season} E${episode.number}`;
  return (
    <li className="card">
      <Link href={`/editor/episodes/${encodeURIComponent(episode.id)}`}>
        {episode.title || 'Untitled episode'}
      </Link>
      <p>
        {numbering} · {statusWords(episode)}
        {episode.isPremium && <PremiumLabel />}
      </p>
    </li>
  );
}

/** The podcast's episodes for editors (`/editor/episodes`): every status, last edited first. */
export function EditorEpisodesScreen() {
  const episodes = useApiData(editorEpisodesApi.list);
  const [, navigate] = useLocation();
  const [problem, setProblem] = useState<ApiProblem>();
  const [isBusy, setIsBusy] = useState(false);

  async function startEpisode() {
    setIsBusy(true);
    try {
      // The id is made here, so pressing again after a lost answer finds the same episode.
      const episode = await editorEpisodesApi.create(crypto.randomUUID());
      navigate(`/editor/episodes/${encodeURIComponent(episode.id)}`);
    } catch (error) {
      setProblem(error as ApiProblem);
      setIsBusy(false);
    }
  }

  return (
    <Page title="Episodes" width="wide" before={<Link href="/editor">Back to articles</Link>}>
      <button type="button" className="button button--primary" onClick={startEpisode} disabled={isBusy}>
        New episode
      </button>
      {problem && (
        <p className="alert alert--error" role="alert">
          {problem.detail}
        </p>
      )}
      {episodes.status === 'loading' && <Loading />}
      {episodes.status === 'failed' && <LoadFailed problem={episodes.problem} retry={episodes.retry} />}
      {episodes.status === 'ready' &&
        (episodes.data.episodes.length === 0 ? (
          <p>No episodes yet.</p>
        ) : (
          <ul className="stack">
            {episodes.data.episodes.map((episode) => (
              <EpisodeRow key={episode.id} episode={episode} />
            ))}
          </ul>
        ))}
    </Page>
  );
}
