import type { ReactNode } from 'react';
import { html } from './html.ts';

/**
 * The free Sunday-email sign-up, as a plain form that works without JavaScript: it posts the address to
 * /subscribe, which answers with a page saying to look for the confirmation email.
 */
export function SignUpForm(props: { id?: string; heading?: string }): ReactNode {
  const id = props.id ?? 'sign-up';
  return html`
    <section className="sign-up" aria-labelledby=${`${id}-heading`}>
      <h2 id=${`${id}-heading`}>${props.heading ?? 'Get the free podcast notification'}</h2>
      <p>One email each Sunday with the week's episode and article. No account needed; leave with one click.</p>
      <form method="post" action="/subscribe" className="sign-up__form">
        <label htmlFor=${`${id}-email`}>Your email address</label>
        <input id=${`${id}-email`} name="email" type="email" autoComplete="email" required maxLength="254" />
        <button type="submit" className="button button--primary">Sign up</button>
      </form>
    </section>
  `;
}
