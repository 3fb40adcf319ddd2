import type { ReactNode } from 'react';
import { getExercise, isExerciseId } from '../../../core/catalogue/index.ts';
import type { ExerciseId } from '../../../core/catalogue/types.ts';
import type { PieceSummary } from '../../db/repositories/public-pieces.ts';
import { html } from '../html.ts';

/** What every page of the site is given besides its own data. */
export interface SiteSettings {
  publicUrl: string;
  /** The publication's time zone: dates are the dates its readers see on their calendars. */
  timeZone: string;
  /** Whether there are tiers (MEMBERSHIP on): without them no piece is marked premium. */
  isMembershipOn: boolean;
}

export function formatDate(date: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone }).format(date);
}

export function piecePath(piece: { kind: 'article' | 'episode'; slug: string }): string {
  return `/${piece.kind === 'article' ? 'articles' : 'episodes'}/${encodeURIComponent(piece.slug)}`;
}

export function tagPath(tag: string): string {
  return `/tags/${encodeURIComponent(tag)}`;
}

export function DateLine(props: { date: Date | null; timeZone: string }): ReactNode {
  if (!props.date) return html`<p className="muted">Not published yet</p>`;
  return html`<p className="muted"><time dateTime=${props.date.toISOString()}>${formatDate(props.date, props.timeZone)}</time></p>`;
}

export function TagLinks(props: { tags: readonly string[] }): ReactNode {
  if (props.tags.length === 0) return null;
  return html`
    <ul className="tags" aria-label="Tags">
      ${props.tags.map((tag) => html`<li key=${tag}><a href=${tagPath(tag)}>${tag}</a></li>`)}
    </ul>
  `;
}

/** The exercises a piece is about, linked to their pages in the app; ids no longer in the catalogue are left out. */
export function ExerciseLinks(props: { exercises: readonly string[] }): ReactNode {
  const known = props.exercises.filter((id): id is ExerciseId => isExerciseId(id));
  if (known.length === 0) return null;
  return html`
    <p>
      About:${' '}
      ${known.map(
        (id, index) =>
          html`<span key=${id}>${index > 0 ? ', ' : ''}<a href=${`/exercises/${id}`}>${getExercise(id).name}</a></span>`,
      )}
    </p>
  `;
}

/** "Premium" beside a premium piece's title, while there are tiers. */
export function PremiumMark(props: { piece: { isPremium: boolean }; settings: SiteSettings }): ReactNode {
  if (!props.piece.isPremium || !props.settings.isMembershipOn) return null;
  return html`<span className="label label--premium">Premium</span>`;
}

export function PieceList(props: { pieces: readonly PieceSummary[]; settings: SiteSettings }): ReactNode {
  return html`
    <ul className="piece-list">
      ${props.pieces.map(
        (piece) => html`
          <li key=${`${piece.kind}:${piece.slug}`}>
            <a href=${piecePath(piece)}>${piece.title}</a><${PremiumMark} piece=${piece} settings=${props.settings} />
            <p className="muted">
              ${piece.kind === 'episode' ? 'Episode' : 'Article'} ·${' '}
              <time dateTime=${piece.publishedAt.toISOString()}>${formatDate(piece.publishedAt, props.settings.timeZone)}</time>
            </p>
            ${piece.summary ? html`<p>${piece.summary}</p>` : null}
          </li>
        `,
      )}
    </ul>
  `;
}

/** Previous and next links for a paged list; none when everything fits on one page. */
export function Pager(props: { path: string; page: number; hasNext: boolean }): ReactNode {
  if (props.page === 1 && !props.hasNext) return null;
  const at = (page: number) => (page === 1 ? props.path : `${props.path}?page=${page}`);
  return html`
    <nav className="pager" aria-label="Pages">
      ${props.page > 1 ? html`<a href=${at(props.page - 1)} rel="prev">Newer</a>` : html`<span></span>`}
      ${props.hasNext ? html`<a href=${at(props.page + 1)} rel="next">Older</a>` : null}
    </nav>
  `;
}

/** An item's absolute URL on the public site. */
export function absolute(settings: SiteSettings, path: string): string {
  return `${settings.publicUrl}${path}`;
}

export const PUBLISHER = { '@type': 'Organization', name: 'Backstrong' } as const;
