import type { PieceSummary, SearchHit } from '../../db/repositories/public-pieces.ts';
import { MATCH_END, MATCH_START } from '../../db/repositories/public-pieces.ts';
import { html } from '../html.ts';
import type { PublicPage } from '../page.ts';
import { formatDate, Pager, PieceList, PremiumMark, piecePath, type SiteSettings, tagPath } from './parts.ts';

export interface PagedList {
  pieces: readonly PieceSummary[];
  page: number;
  hasNext: boolean;
}

const pageSuffix = (page: number) => (page > 1 ? ` (page ${page})` : '');

export function tagPage(settings: SiteSettings, tag: string, list: PagedList): PublicPage {
  const path = tagPath(tag);
  return {
    meta: {
      title: `Tagged “${tag}”${pageSuffix(list.page)}`,
      description: `Articles and episodes about ${tag}.`,
      path: list.page > 1 ? `${path}?page=${list.page}` : path,
    },
    body: html`
      <h1>Tagged “${tag}”</h1>
      ${
        list.pieces.length === 0
          ? html`<p>Nothing published carries this tag${list.page > 1 ? ' on this page' : ''}. <a href="/archive">See everything</a>.</p>`
          : html`<${PieceList} pieces=${list.pieces} settings=${settings} />`
      }
      <${Pager} path=${path} page=${list.page} hasNext=${list.hasNext} />
    `,
  };
}

/** Everything published, newest first, under a heading for each month (in the publication's time zone). */
export function archivePage(settings: SiteSettings, list: PagedList): PublicPage {
  const monthOf = new Intl.DateTimeFormat('en-GB', {
    month: 'long',
    year: 'numeric',
    timeZone: settings.timeZone,
  });
  const months: { month: string; pieces: PieceSummary[] }[] = [];
  for (const piece of list.pieces) {
    const month = monthOf.format(piece.publishedAt);
    const last = months.at(-1);
    if (last?.month === month) last.pieces.push(piece);
    else months.push({ month, pieces: [piece] });
  }
  return {
    meta: {
      title: `Articles and episodes${pageSuffix(list.page)}`,
      description: 'Every Backstrong article and podcast episode, newest first.',
      path: list.page > 1 ? `/archive?page=${list.page}` : '/archive',
    },
    body: html`
      <h1>Articles and episodes</h1>
      ${months.length === 0 ? html`<p>Nothing here yet: the first episode comes out on a Sunday.</p>` : null}
      ${months.map(
        ({ month, pieces }) => html`
          <section key=${month} aria-label=${month}>
            <h2>${month}</h2>
            <${PieceList} pieces=${pieces} settings=${settings} />
          </section>
        `,
      )}
      <${Pager} path="/archive" page=${list.page} hasNext=${list.hasNext} />
    `,
  };
}

/** A snippet with its matched words marked: text only, the marks made here, never taken from the text. */
function Snippet(props: { text: string }) {
  const parts = props.text.split(MATCH_START);
  return html`<p>
    ${parts.map((part, index) => {
      if (index === 0) return part;
      const [matched, rest] = [part.split(MATCH_END)[0] ?? '', part.split(MATCH_END).slice(1).join('')];
      return html`<span key=${index}><mark>${matched}</mark>${rest}</span>`;
    })}
  </p>`;
}

export function searchPage(
  settings: SiteSettings,
  query: string,
  hits: readonly SearchHit[] | undefined,
): PublicPage {
  return {
    meta: {
      title: query ? `Search: ${query}` : 'Search',
      description: 'Search the Backstrong articles and episode transcripts.',
      path: '/search',
      noIndex: true,
    },
    body: html`
      <h1>Search</h1>
      <form className="search-form" method="get" action="/search" role="search">
        <label className="visually-hidden" htmlFor="search-q">Search articles and episodes</label>
        <input id="search-q" name="q" type="search" maxLength="200" defaultValue=${query} placeholder="Search articles and episodes" />
        <button className="button button--primary" type="submit">Search</button>
      </form>
      ${
        hits === undefined
          ? null
          : hits.length === 0
            ? html`<p>Nothing matches “${query}”. Try fewer or other words.</p>`
            : html`
              <p className="muted" role="status">${hits.length === 1 ? 'One result' : `${hits.length} results`}</p>
              <ul className="piece-list">
                ${hits.map(
                  (hit) => html`
                    <li key=${`${hit.kind}:${hit.slug}`}>
                      <a href=${piecePath(hit)}>${hit.title}</a><${PremiumMark} piece=${hit} settings=${settings} />
                      <p className="muted">${hit.kind === 'episode' ? 'Episode' : 'Article'} · ${formatDate(hit.publishedAt, settings.timeZone)}</p>
                      <${Snippet} text=${hit.snippet} />
                    </li>
                  `,
                )}
              </ul>
            `
      }
    `,
  };
}

export function errorPage(status: 404 | 400, detail: string): PublicPage {
  return {
    meta: {
      title: status === 404 ? 'Page not found' : 'That address is not right',
      description: detail,
      path: '/',
      noIndex: true,
    },
    body: html`
      <h1>${status === 404 ? 'Page not found' : 'That address is not right'}</h1>
      <p>${detail}</p>
      <div className="actions">
        <a className="button button--primary" href="/">Go to the homepage</a>
        <a className="button button--secondary" href="/archive">Articles and episodes</a>
      </div>
    `,
  };
}
