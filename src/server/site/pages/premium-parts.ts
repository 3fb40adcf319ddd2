import type { ReactNode } from 'react';
import { MEMBERSHIP_PAGE_PATH } from '../../publication/membership-page-path.ts';
import { html } from '../html.ts';
import type { Reader } from '../reader.ts';

export { MEMBERSHIP_PAGE_PATH };

/** Where "Join" goes: the app's Membership screen for a reader signed in, sign-up first for anyone else. */
export function joinPath(reader: Pick<Reader, 'isSignedIn'>): string {
  return reader.isSignedIn ? '/membership' : '/sign-up';
}

/** The small mark a premium piece carries on its own page (lists use PremiumMark). */
export function PremiumLabel(): ReactNode {
  return html`<span className="label label--premium">Premium</span>`;
}

/**
 * In place of a premium piece's words (or recording) for a reader whose membership does not include
 * it: what it is part of, and the way to join.
 */
export function PremiumNotice(props: { kind: 'article' | 'episode'; reader: Reader }): ReactNode {
  const what =
    props.kind === 'article'
      ? 'The rest of this article is for premium members.'
      : 'This episode is for premium members: they hear it here, in the app and in their own podcast feed.';
  return html`
    <section className="card card--premium" aria-labelledby="premium-heading">
      <h2 id="premium-heading">Part of premium</h2>
      <p>${what}</p>
      <p>
        Premium is the whole program as it progresses with you, the form check, a coach, and every article
        and episode. The safety questions and pain guidance are free for everyone, always.
      </p>
      <div className="actions">
        <a className="button button--primary" href=${joinPath(props.reader)}>Join premium</a>
        ${
          props.reader.isSignedIn
            ? null
            : html`<a className="button button--secondary" href=${`/sign-in?next=${encodeURIComponent('/membership')}`}>Sign in</a>`
        }
      </div>
    </section>
  `;
}

/** The line under every article and episode, while there are tiers. */
export function MembershipLink(props: { reader: Reader }): ReactNode {
  if (!props.reader.isMembershipOn) return null;
  return html`<p className="membership-link"><a href=${MEMBERSHIP_PAGE_PATH}>Learn more about premium membership</a></p>`;
}
