import { useState } from 'react';
import { Link } from 'wouter';
import { useStored } from '../../offline/member-data.ts';
import { pushPromptDeclined } from '../../push/push-choices.ts';
import { HOME_SCREEN_WORDS, isPushSupported, needsHomeScreen } from '../../push/push-device.ts';
import { usePushOnThisBrowser } from '../../push/use-push.ts';

/**
 * The one time Backstrong asks for push: after a finished workout, when the member knows what a
 * reminder would be for, never on a first visit. Nothing is asked of the browser until they say yes;
 * "Not now" is kept on this browser, and Notifications can turn push on at any time.
 */
export function PushPrompt() {
  const isDeclined = useStored(pushPromptDeclined);
  const push = usePushOnThisBrowser();
  const [isJustTurnedOn, setIsJustTurnedOn] = useState(false);
  if (isJustTurnedOn) {
    return (
      <p className="notice" role="status">
        Notifications are on. You can change what comes, and when, in{' '}
        <Link href="/notifications">Notifications</Link>.
      </p>
    );
  }
  // Offered while push is off here and not blocked (the browser may have said yes before, with no
  // subscription kept), and still shown after a failed try, to say why.
  const isOffered = isPushSupported() && (push.state === 'off' || push.failure !== undefined);
  // Safari in a tab on an iPhone has no push at all: the way to it is the Home Screen.
  const isHomeScreenFirst = !isPushSupported() && needsHomeScreen();
  if (isDeclined || !(isOffered || isHomeScreenFirst)) return null;
  if (isHomeScreenFirst) {
    return (
      <section className="card section" aria-labelledby="push-prompt-heading">
        <h2 id="push-prompt-heading">A reminder on your training days?</h2>
        <p>We can remind you on your training days, and tell you when your coach writes.</p>
        <p>{HOME_SCREEN_WORDS}</p>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => pushPromptDeclined.set(true)}
        >
          Not now
        </button>
      </section>
    );
  }
  return (
    <section className="card section" aria-labelledby="push-prompt-heading">
      <h2 id="push-prompt-heading">A reminder on your training days?</h2>
      <p>
        We can remind you on your training days, and tell you when your coach writes. You choose what comes,
        and never in your quiet hours.
      </p>
      {push.failure && (
        <p className="callout" role="alert">
          {push.failure}
        </p>
      )}
      <div className="actions">
        <button
          type="button"
          className="button button--primary"
          disabled={push.isBusy}
          onClick={() => void push.turnOn().then(setIsJustTurnedOn)}
        >
          Turn on notifications
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => pushPromptDeclined.set(true)}
        >
          Not now
        </button>
      </div>
    </section>
  );
}
