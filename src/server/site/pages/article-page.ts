import type { ReactNode } from 'react';
import type { ArticleRow, EpisodeRow } from '../../db/repositories/public-pieces.ts';
import { renderMarkdown } from '../../publication/markdown.ts';
import { mediaPath } from '../../publication/media-path.ts';
import { html } from '../html.ts';
import type { PublicPage } from '../page.ts';
import type { Reader } from '../reader.ts';
import { SignUpForm } from '../sign-up-form.ts';
import { EpisodePlayer } from './episode-player.ts';
import {
  absolute,
  DateLine,
  ExerciseLinks,
  PUBLISHER,
  piecePath,
  type SiteSettings,
  TagLinks,
} from './parts.ts';
import { MembershipLink, PremiumLabel, PremiumNotice } from './premium-parts.ts';

export interface RelatedLink {
  slug: string;
  title: string;
  summary: string;
  isForWhereYouAre: boolean;
}

export interface ArticleView {
  article: ArticleRow;
  episode: EpisodeRow | undefined;
  related: readonly RelatedLink[];
  isPreview: boolean;
  reader: Reader;
}

function coverPath(article: ArticleRow): string | undefined {
  return article.cover_id && article.cover_extension
    ? mediaPath({ id: article.cover_id, extension: article.cover_extension })
    : undefined;
}

export function PreviewBanner(): ReactNode {
  return html`<p className="banner" role="status">Preview — not published</p>`;
}

/**
 * An article: its words, its cover, what it is about, its episode, and three more to read. A premium
 * article shows a reader without premium its title, summary and cover, and the way to join instead.
 */
export function articlePage(settings: SiteSettings, view: ArticleView): PublicPage {
  const { article, episode, reader } = view;
  const isWhole = !article.is_premium || reader.canReadPremium;
  const canPlay = episode !== undefined && (!episode.is_premium || reader.canReadPremium);
  const path = view.isPreview
    ? `/preview/articles/${article.id}`
    : piecePath({ kind: 'article', slug: article.slug });
  const canonicalPath = piecePath({ kind: 'article', slug: article.slug });
  const cover = coverPath(article);
  const published = article.published_at ? new Date(article.published_at) : null;
  const jsonLd = {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: article.title,
    description: article.summary,
    ...(published ? { datePublished: published.toISOString() } : {}),
    dateModified: new Date(article.updated_at).toISOString(),
    ...(cover ? { image: absolute(settings, cover) } : {}),
    author: PUBLISHER,
    publisher: PUBLISHER,
    mainEntityOfPage: absolute(settings, canonicalPath),
    // Search engines are told the article is for members, as schema.org's paywalled content says.
    ...(article.is_premium && reader.isMembershipOn ? { isAccessibleForFree: false } : {}),
  };
  return {
    meta: {
      title: article.title,
      description: article.summary,
      path: view.isPreview ? path : canonicalPath,
      type: 'article',
      ...(cover ? { image: absolute(settings, cover) } : {}),
      jsonLd: [jsonLd],
      noIndex: view.isPreview,
    },
    scripts: [],
    body: html`
      <article>
        ${view.isPreview ? html`<${PreviewBanner} />` : null}
        <h1>${article.title}</h1>
        ${article.is_premium && reader.isMembershipOn ? html`<${PremiumLabel} />` : null}
        ${article.summary ? html`<p className="lead">${article.summary}</p>` : null}
        <${DateLine} date=${published} timeZone=${settings.timeZone} />
        <${TagLinks} tags=${article.tags} />
        ${
          cover
            ? html`<img src=${cover} alt=${article.cover_alt} width=${article.cover_width ?? undefined} height=${article.cover_height ?? undefined} />`
            : null
        }
        <${ExerciseLinks} exercises=${article.exercises} />
        ${
          isWhole
            ? html`<div className="prose" dangerouslySetInnerHTML=${{ __html: renderMarkdown(article.body_markdown) }}></div>`
            : html`<${PremiumNotice} kind="article" reader=${reader} />`
        }
      </article>
      ${
        episode
          ? html`
            <section className="card" aria-labelledby="podcast-heading">
              <h2 id="podcast-heading">Watch the podcast</h2>
              <p>
                <a href=${piecePath({ kind: 'episode', slug: episode.slug })}>${episode.title}</a>
                ${episode.is_premium && reader.isMembershipOn ? html`<${PremiumLabel} />` : null}
              </p>
              ${canPlay ? html`<${EpisodePlayer} episode=${episode} />` : html`<p className="muted">For premium members.</p>`}
            </section>
          `
          : null
      }
      ${
        view.related.length > 0
          ? html`
            <section aria-labelledby="related-heading">
              <h2 id="related-heading">Related articles</h2>
              <ul className="piece-list">
                ${view.related.map(
                  (item) => html`
                    <li key=${item.slug}>
                      <a href=${piecePath({ kind: 'article', slug: item.slug })}>${item.title}</a>
                      ${item.isForWhereYouAre ? html`<span className="label">For where you are now</span>` : null}
                      ${item.summary ? html`<p>${item.summary}</p>` : null}
                    </li>
                  `,
                )}
              </ul>
            </section>
          `
          : null
      }
      <${MembershipLink} reader=${reader} />
      <${SignUpForm} />
    `,
  };
}
