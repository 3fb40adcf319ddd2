import type { ReactNode } from 'react';
import type { EpisodeRow } from '../../db/repositories/public-pieces.ts';
import { mediaPath } from '../../publication/media-path.ts';
import { html } from '../html.ts';

/** The browser's own player for an episode's audio or video; nothing when it has no file yet. */
export function EpisodePlayer(props: { episode: EpisodeRow; isMain?: boolean }): ReactNode {
  const { episode } = props;
  if (!episode.media_id || !episode.media_extension)
    return html`<p className="muted">The recording is not ready yet.</p>`;
  const src = mediaPath({ id: episode.media_id, extension: episode.media_extension });
  const type = episode.media_content_type ?? undefined;
  const fallback = html`<p>Your browser cannot play this here: <a href=${src}>download the recording</a>.</p>`;
  const marker = props.isMain ? { 'data-episode-player': '' } : {};
  if (episode.media_content_type?.startsWith('video/')) {
    const poster =
      episode.poster_id && episode.poster_extension
        ? mediaPath({ id: episode.poster_id, extension: episode.poster_extension })
        : undefined;
    return html`
      <div className="player">
        <video controls preload="metadata" poster=${poster} aria-label=${`Video: ${episode.title}`} ...${marker}>
          <source src=${src} type=${type} />
          ${fallback}
        </video>
      </div>
    `;
  }
  return html`
    <div className="player">
      <audio controls preload="metadata" aria-label=${`Audio: ${episode.title}`} ...${marker}>
        <source src=${src} type=${type} />
        ${fallback}
      </audio>
    </div>
  `;
}
