import type { ReactNode } from 'react';
import { html } from './html.ts';

export interface SignUpFormProps {
  /** Keeps ids unique when a page has more than one form. */
  id?: string;
  heading?: string;
  /** What the reader typed, given back with the error so nothing they entered is lost. */
  email?: string;
  /** Why the address was refused, shown under the field it names. */
  error?: string;
}

/**
 * The free Sunday-email sign-up, as a plain form that works without JavaScript: it posts the address to
 * /subscribe, which answers with a page saying to look for the confirmation email.
 */
export function SignUpForm(props: SignUpFormProps): ReactNode {
  const id = props.id ?? 'sign-up';
  const errorId = `${id}-email-error`;
  return html`
    <section className="sign-up card" aria-labelledby=${`${id}-heading`}>
      <h2 id=${`${id}-heading`}>${props.heading ?? 'Get the free Sunday email'}</h2>
      <p>
        One email each Sunday with the week's podcast episode and article. No account needed, no tracking
        (plain links, nothing counts who opens them), and you can leave any time with the link in every email.
      </p>
      <form method="post" action="/subscribe" className="sign-up__form">
        <label htmlFor=${`${id}-email`}>Your email address</label>
        ${props.error ? html`<p className="field-error" id=${errorId}>${props.error}</p>` : null}
        <input
          id=${`${id}-email`}
          name="email"
          type="email"
          autoComplete="email"
          required
          maxLength="254"
          defaultValue=${props.email ?? ''}
          aria-invalid=${props.error ? 'true' : undefined}
          aria-describedby=${props.error ? errorId : undefined}
        />
        <button type="submit" className="button button--primary">Sign up</button>
      </form>
    </section>
  `;
}
