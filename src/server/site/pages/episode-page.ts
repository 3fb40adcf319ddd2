import type { ReactNode } from 'react';
import type { Chapter } from '../../../core/publication/chapters.ts';
import { type Cue, clockTime, isoDuration } from '../../../core/publication/transcript-cues.ts';
import type { ArticleRow, EpisodeRow } from '../../db/repositories/public-pieces.ts';
import { renderMarkdown } from '../../publication/markdown.ts';
import { mediaPath } from '../../publication/media-path.ts';
import { html } from '../html.ts';
import type { PublicPage } from '../page.ts';
import type { Reader } from '../reader.ts';
import { SignUpForm } from '../sign-up-form.ts';
import { EPISODE_SCRIPT } from '../site-assets.ts';
import { PreviewBanner } from './article-page.ts';
import { EpisodePlayer } from './episode-player.ts';
import { absolute, DateLine, PUBLISHER, piecePath, type SiteSettings } from './parts.ts';
import { MembershipLink, PremiumLabel, PremiumNotice } from './premium-parts.ts';

export interface EpisodeView {
  episode: EpisodeRow;
  article: ArticleRow | undefined;
  chapters: readonly Chapter[];
  cues: readonly Cue[];
  isPreview: boolean;
  reader: Reader;
}

function Chapters(props: { chapters: readonly Chapter[] }): ReactNode {
  if (props.chapters.length === 0) return null;
  return html`
    <section aria-labelledby="chapters-heading">
      <h2 id="chapters-heading">Chapters</h2>
      <ol className="chapters">
        ${props.chapters.map(
          (chapter) => html`
            <li key=${chapter.start}>
              <a href=${`#t-${Math.floor(chapter.start)}`} data-seek=${chapter.start}>
                <time>${clockTime(chapter.start)}</time><span>${chapter.title}</span>
              </a>
            </li>
          `,
        )}
      </ol>
    </section>
  `;
}

function Transcript(props: { cues: readonly Cue[]; plainText: string }): ReactNode {
  if (props.cues.length === 0 && !props.plainText) return null;
  return html`
    <section aria-labelledby="transcript-heading">
      <h2 id="transcript-heading">Transcript</h2>
      <div className="transcript" tabIndex="0" role="region" aria-label="Transcript text">
        ${
          props.cues.length > 0
            ? props.cues.map(
                (cue, index) => html`
                  <p key=${index} id=${`t-${Math.floor(cue.start)}`} data-cue-start=${cue.start} data-cue-end=${cue.end}>
                    <time>${clockTime(cue.start)}</time>${cue.text}
                  </p>
                `,
              )
            : html`<p>${props.plainText}</p>`
        }
      </div>
    </section>
  `;
}

/**
 * An episode: the player, its chapters and transcript beside it (below on a phone), its notes, its
 * article. A premium episode shows a reader without premium its summary, length and chapters, and the
 * way to join in place of the player, transcript and notes.
 */
export function episodePage(settings: SiteSettings, view: EpisodeView): PublicPage {
  const { episode, reader } = view;
  const canHear = !episode.is_premium || reader.canReadPremium;
  const canonicalPath = piecePath({ kind: 'episode', slug: episode.slug });
  const published = episode.published_at ? new Date(episode.published_at) : null;
  const duration = episode.media_duration_seconds;
  const media =
    episode.media_id && episode.media_extension
      ? absolute(settings, mediaPath({ id: episode.media_id, extension: episode.media_extension }))
      : undefined;
  const jsonLd = {
    '@context': 'https://schema.org',
    '@type': 'PodcastEpisode',
    name: episode.title,
    description: episode.summary,
    url: absolute(settings, canonicalPath),
    ...(published ? { datePublished: published.toISOString() } : {}),
    ...(duration ? { duration: isoDuration(duration) } : {}),
    ...(episode.number ? { episodeNumber: episode.number } : {}),
    ...(episode.is_premium && reader.isMembershipOn ? { isAccessibleForFree: false } : {}),
    ...(media && canHear
      ? {
          associatedMedia: {
            '@type': 'MediaObject',
            contentUrl: media,
            encodingFormat: episode.media_content_type,
            ...(duration ? { duration: isoDuration(duration) } : {}),
          },
        }
      : {}),
    partOfSeries: {
      '@type': 'PodcastSeries',
      name: 'Backstrong',
      url: settings.publicUrl,
      webFeed: absolute(settings, '/feeds/podcast.xml'),
    },
    publisher: PUBLISHER,
  };
  return {
    meta: {
      title: episode.title,
      description: episode.summary,
      path: view.isPreview ? `/preview/episodes/${episode.id}` : canonicalPath,
      type: 'article',
      jsonLd: [jsonLd],
      noIndex: view.isPreview,
    },
    scripts: canHear ? [EPISODE_SCRIPT.path] : [],
    isWide: canHear,
    body: html`
      ${view.isPreview ? html`<${PreviewBanner} />` : null}
      <h1>${episode.title}</h1>
      ${episode.is_premium && reader.isMembershipOn ? html`<${PremiumLabel} />` : null}
      ${episode.summary ? html`<p className="lead">${episode.summary}</p>` : null}
      <${DateLine} date=${published} timeZone=${settings.timeZone} />
      ${canHear ? html`<${Episode} view=${view} />` : html`<${PremiumEpisode} view=${view} />`}
      <${MembershipLink} reader=${reader} />
      <${SignUpForm} />
    `,
  };
}

function ArticleButton(props: { article: ArticleRow | undefined }): ReactNode {
  if (!props.article) return null;
  return html`<p><a className="button button--secondary" href=${piecePath({ kind: 'article', slug: props.article.slug })}>Read the article</a></p>`;
}

/** A premium episode for a reader without premium: what it covers, and the way to join. */
function PremiumEpisode(props: { view: EpisodeView }): ReactNode {
  const { episode, article, reader } = props.view;
  const duration = episode.media_duration_seconds;
  return html`
    ${duration ? html`<p className="muted">Length: <time dateTime=${isoDuration(duration)}>${clockTime(duration)}</time></p>` : null}
    <${PremiumNotice} kind="episode" reader=${reader} />
    <${ChapterTitles} chapters=${props.view.chapters} />
    <${ArticleButton} article=${article} />
  `;
}

/** The chapters as a plain list, for an episode the reader cannot play yet: what it covers. */
function ChapterTitles(props: { chapters: readonly Chapter[] }): ReactNode {
  if (props.chapters.length === 0) return null;
  return html`
    <section aria-labelledby="chapters-heading">
      <h2 id="chapters-heading">In this episode</h2>
      <ol className="chapters">
        ${props.chapters.map((chapter) => html`<li key=${chapter.start}><time>${clockTime(chapter.start)}</time> <span>${chapter.title}</span></li>`)}
      </ol>
    </section>
  `;
}

function Episode(props: { view: EpisodeView }): ReactNode {
  const { episode, article } = props.view;
  const duration = episode.media_duration_seconds;
  return html`
      <div className="episode-layout">
        <div>
          <${EpisodePlayer} episode=${episode} isMain=${true} />
          ${duration ? html`<p className="muted">Length: <time dateTime=${isoDuration(duration)}>${clockTime(duration)}</time></p>` : null}
          <${Chapters} chapters=${props.view.chapters} />
          <${ArticleButton} article=${article} />
          ${
            episode.notes_markdown
              ? html`<section aria-labelledby="notes-heading">
                  <h2 id="notes-heading">Notes</h2>
                  <div className="prose" dangerouslySetInnerHTML=${{ __html: renderMarkdown(episode.notes_markdown) }}></div>
                </section>`
              : null
          }
        </div>
        <${Transcript} cues=${props.view.cues} plainText=${episode.transcript_text} />
      </div>
  `;
}
