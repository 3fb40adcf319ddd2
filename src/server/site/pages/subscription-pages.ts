import type { ReactNode } from 'react';
import { html } from '../html.ts';
import type { PublicPage } from '../page.ts';
import { SignUpForm } from '../sign-up-form.ts';

/**
 * The pages of the Sunday-email sign-up: the form, "check your inbox", the Confirm and Unsubscribe
 * buttons (each a POST, so a mail system's link scanner that opens the links changes nothing) and what
 * follows them. None is indexed: they are steps, not content.
 */
function stepPage(title: string, path: string, body: ReactNode): PublicPage {
  return { meta: { title, description: title, path, noIndex: true }, body };
}

export function signUpPage(view: { email?: string; error?: string } = {}): PublicPage {
  return stepPage(
    'The free Sunday email',
    '/subscribe',
    html`
      <h1>The free Sunday email</h1>
      <${SignUpForm} heading="Sign up" email=${view.email} error=${view.error} />
    `,
  );
}

export function checkInboxPage(email: string): PublicPage {
  return stepPage(
    'Check your inbox',
    '/subscribe',
    html`
      <h1>Check your inbox</h1>
      <p className="lead">We have sent an email to ${email}.</p>
      <p>
        Open the link in it within 48 hours and press Confirm to start getting the Sunday email. Until you
        do, we keep nothing. If nothing arrives in a few minutes, look in your spam folder.
      </p>
      <p><a href="/">Back to the homepage</a></p>
    `,
  );
}

function waitWords(seconds: number): string {
  if (seconds < 90) return `${seconds} seconds`;
  return `${Math.ceil(seconds / 60)} minutes`;
}

export function tooManySignUpsPage(retryAfterSeconds: number): PublicPage {
  return stepPage(
    'Too many sign-ups',
    '/subscribe',
    html`
      <h1>Too many sign-ups</h1>
      <p>
        This address, or this connection, has asked for the Sunday email too often in the last while. Please
        wait ${waitWords(retryAfterSeconds)} and try again.
      </p>
      <p><a href="/">Back to the homepage</a></p>
    `,
  );
}

export function confirmPage(token: string, email: string): PublicPage {
  return stepPage(
    'Confirm your sign-up',
    '/subscribe/confirm',
    html`
      <h1>Confirm your sign-up</h1>
      <p>Press Confirm to get the free Backstrong email each Sunday at ${email}.</p>
      <form method="post" action="/subscribe/confirm">
        <input type="hidden" name="token" value=${token} />
        <button type="submit" className="button button--primary">Confirm</button>
      </form>
    `,
  );
}

export function subscribedPage(email: string): PublicPage {
  return stepPage(
    'You are signed up',
    '/subscribe/confirm',
    html`
      <h1>You are signed up</h1>
      <p className="lead">The Sunday email will come to ${email}, starting with the next release.</p>
      <p>Every email has a link to unsubscribe; one click and you hear from us no more.</p>
      <p><a href="/">Back to the homepage</a></p>
    `,
  );
}

/** A confirmation link that is too old (410) or not ours (400): say which, and offer the form again. */
export function confirmationLinkProblemPage(kind: 'expired' | 'invalid'): PublicPage {
  const title = kind === 'expired' ? 'This link has expired' : 'This link does not work';
  return stepPage(
    title,
    '/subscribe/confirm',
    html`
      <h1>${title}</h1>
      <p>
        ${
          kind === 'expired'
            ? 'A confirmation link works for 48 hours, and this one is older. Nothing was kept, so just sign up again below.'
            : 'This confirmation link is not complete or not one of ours: it may have been cut short when it was copied. Sign up again below for a new one.'
        }
      </p>
      <${SignUpForm} heading="Sign up again" />
    `,
  );
}

export function unsubscribePage(token: string, email: string): PublicPage {
  return stepPage(
    'Unsubscribe',
    '/unsubscribe',
    html`
      <h1>Unsubscribe</h1>
      <p>Press Unsubscribe to stop the Sunday email to ${email}. Your address is then deleted.</p>
      <form method="post" action=${`/unsubscribe?token=${encodeURIComponent(token)}`}>
        <input type="hidden" name="List-Unsubscribe" value="One-Click" />
        <button type="submit" className="button button--primary">Unsubscribe</button>
      </form>
    `,
  );
}

export function unsubscribedPage(): PublicPage {
  return stepPage(
    'You are unsubscribed',
    '/unsubscribe',
    html`
      <h1>You are unsubscribed</h1>
      <p className="lead">No more Sunday emails: your address is deleted from the list.</p>
      <p>Changed your mind? The sign-up form is on every article and episode.</p>
      <p><a href="/">Back to the homepage</a></p>
    `,
  );
}

export function unsubscribeLinkProblemPage(): PublicPage {
  return stepPage(
    'This link does not work',
    '/unsubscribe',
    html`
      <h1>This link does not work</h1>
      <p>
        This unsubscribe link is not complete or not one of ours: it may have been cut short when it was
        copied. Use the link at the bottom of any Sunday email, or your mail app's Unsubscribe button.
      </p>
      <p><a href="/">Back to the homepage</a></p>
    `,
  );
}
