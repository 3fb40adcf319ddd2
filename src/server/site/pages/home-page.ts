import type { ReactNode } from 'react';
import type { ArticleRow, EpisodeRow } from '../../db/repositories/public-pieces.ts';
import { html } from '../html.ts';
import type { PublicPage } from '../page.ts';
import type { Reader } from '../reader.ts';
import { SignUpForm } from '../sign-up-form.ts';
import { PODCAST_PUSH_SCRIPT } from '../site-assets.ts';
import { EpisodePlayer } from './episode-player.ts';
import { formatDate, piecePath, type SiteSettings } from './parts.ts';
import { MEMBERSHIP_PAGE_PATH, MembershipLink, PremiumLabel } from './premium-parts.ts';

/** Why someone arrives on the homepage from the app: they signed out, or deleted their account. */
export type LeftBecause = 'signed-out' | 'account-deleted';

export interface HomeView {
  episode: EpisodeRow | undefined;
  article: ArticleRow | undefined;
  reader: Reader;
  left: LeftBecause | undefined;
}

const LEFT_NOTICES: Record<LeftBecause, string> = {
  'signed-out': 'You have signed out. See you next time.',
  'account-deleted':
    'Your account and everything in it are deleted, on our server and on this device. Look after your back.',
};

/** "Latest episode · 29 November 2026": one line under the title, as the lists have it. */
function KindAndDate(props: { kind: string; date: Date | string | null; timeZone: string }): ReactNode {
  if (!props.date) return html`<p className="muted">${props.kind}</p>`;
  const date = new Date(props.date);
  return html`<p className="muted">${props.kind} ·${' '}<time dateTime=${date.toISOString()}>${formatDate(date, props.timeZone)}</time></p>`;
}

function Latest(props: { view: HomeView; timeZone: string }): ReactNode {
  const { episode, article, reader } = props.view;
  if (!episode && !article) return null;
  const isPremium = (piece: { is_premium: boolean }) => piece.is_premium && reader.isMembershipOn;
  return html`
    <section aria-labelledby="latest-heading">
      <h2 id="latest-heading">This week</h2>
      ${
        episode
          ? html`
            <div className="card">
              <h3><a href=${piecePath({ kind: 'episode', slug: episode.slug })}>${episode.title}</a>${isPremium(episode) ? html`<${PremiumLabel} />` : null}</h3>
              <${KindAndDate} kind="Latest episode" date=${episode.published_at} timeZone=${props.timeZone} />
              ${episode.summary ? html`<p>${episode.summary}</p>` : null}
              ${
                !episode.is_premium || reader.canReadPremium
                  ? html`<${EpisodePlayer} episode=${episode} />`
                  : html`<p><a href=${MEMBERSHIP_PAGE_PATH}>For premium members: learn more</a></p>`
              }
            </div>
          `
          : null
      }
      ${
        article
          ? html`
            <div className="card">
              <h3><a href=${piecePath({ kind: 'article', slug: article.slug })}>${article.title}</a>${isPremium(article) ? html`<${PremiumLabel} />` : null}</h3>
              <${KindAndDate} kind="Latest article" date=${article.published_at} timeZone=${props.timeZone} />
              ${article.summary ? html`<p>${article.summary}</p>` : null}
            </div>
          `
          : null
      }
      <p><a href="/archive">Every article and episode</a></p>
    </section>
  `;
}

/**
 * The free podcast notification: hidden until the script (podcast-push.js) finds push in the browser, so
 * a page without it never offers a button that does nothing. Nothing personal is asked.
 */
function PodcastNotification(): ReactNode {
  return html`
    <section className="podcast-push" aria-labelledby="podcast-push-heading" data-podcast-push hidden>
      <h2 id="podcast-push-heading">A new episode every Sunday</h2>
      <p>Your browser can tell you when it is out. No email, no account, and one tap turns it off.</p>
      <button type="button" className="button button--secondary">Get the free podcast notification</button>
      <p className="podcast-push__status" role="status" data-podcast-push-status></p>
    </section>
  `;
}

function Method(): ReactNode {
  return html`
    <section aria-labelledby="method-heading">
      <h2 id="method-heading">The method in brief</h2>
      <ol className="steps">
        <li>Five exercises, one after another: the bridge first, then the squat, the hinge and the split squat, and last the pull-through.</li>
        <li>A small, comfortable range of movement first; a little deeper only when that is easy.</li>
        <li>Technique first: clean, calm repetitions. Then more sets.</li>
        <li>Resistance bands before weights, each step a small one.</li>
        <li>Phases you earn: the next one opens when your body shows it is ready, never by the calendar.</li>
      </ol>
    </section>
  `;
}

/** The site's front door: what the program is, this week's episode and article, the sign-up, the method. */
export function homePage(settings: SiteSettings, view: HomeView): PublicPage {
  return {
    meta: {
      title: 'Stronger hips, an easier back',
      description:
        'A calm, step-by-step program for long-lasting low back pain: stronger hips take the movement your back cannot. A podcast episode and an article every Sunday.',
      path: '/',
      jsonLd: [
        { '@context': 'https://schema.org', '@type': 'WebSite', name: 'Backstrong', url: settings.publicUrl },
      ],
    },
    scripts: [PODCAST_PUSH_SCRIPT.path],
    body: html`
      ${view.left && !view.reader.isSignedIn ? html`<p className="notice" role="status">${LEFT_NOTICES[view.left]}</p>` : null}
      <h1>Stronger hips, an easier back</h1>
      <p className="lead">
        When your back is sore, every bend and lift asks it for movement it cannot give. Strong hips take that
        movement instead: they do the bending, and your back gets to rest.
      </p>
      <p>
        Backstrong is a calm, step-by-step program for people who have lived with low back pain for a long time.
        You start small and go further only when you are ready.
      </p>
      <div className="actions">
        ${
          view.reader.isSignedIn
            ? html`<a className="button button--primary" href="/today">Open the app</a>`
            : html`
              <a className="button button--primary" href="/sign-up">Start the program</a>
              <a className="button button--secondary" href="/sign-in">Sign in</a>
            `
        }
      </div>
      <${Latest} view=${view} timeZone=${settings.timeZone} />
      <${PodcastNotification} />
      <${MembershipLink} reader=${view.reader} />
      <${SignUpForm} />
      <${Method} />
    `,
  };
}
