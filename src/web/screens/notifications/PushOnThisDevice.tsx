import type { PushSubscriptionInfo } from '../../../contract/notifications.ts';
import { notifications } from '../../api/notifications.ts';
import { useApiData } from '../../api/useApiData.ts';
import { FormAlert, useFormAction } from '../../components/forms.tsx';
import { useStored } from '../../offline/member-data.ts';
import { thisBrowserSubscriptionId } from '../../push/push-choices.ts';
import { HOME_SCREEN_WORDS, needsHomeScreen } from '../../push/push-device.ts';
import { usePushOnThisBrowser } from '../../push/use-push.ts';

const ADDED_WORDS = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'long', year: 'numeric' });

function OtherBrowser({ item, onRemoved }: { item: PushSubscriptionInfo; onRemoved(): void }) {
  const removal = useFormAction(async () => {
    await notifications.removePushSubscription(item.id);
    onRemoved();
  });
  return (
    <li className="browsers__item">
      <span>
        A browser using {item.service}, added {ADDED_WORDS.format(new Date(item.createdAt))}
      </span>
      <button
        type="button"
        className="button button--secondary"
        disabled={removal.isBusy}
        aria-label={`Remove the browser using ${item.service}, added ${ADDED_WORDS.format(new Date(item.createdAt))}`}
        onClick={() => void removal.run()}
      >
        Remove
      </button>
      <FormAlert problem={removal.problem} />
    </li>
  );
}

function OtherBrowsers({ thisId }: { thisId: string | null }) {
  const loaded = useApiData(() => notifications.pushSubscriptions());
  if (loaded.status !== 'ready') {
    return loaded.status === 'failed' ? (
      <p className="field__hint">Your other browsers could not be listed just now.</p>
    ) : null;
  }
  const others = loaded.data.subscriptions.filter((item) => item.id !== thisId);
  if (others.length === 0) return null;
  return (
    <div className="browsers">
      <h3>Your other browsers with notifications</h3>
      <ul className="browsers__list">
        {others.map((item) => (
          <OtherBrowser key={item.id} item={item} onRemoved={loaded.retry} />
        ))}
      </ul>
    </div>
  );
}

/** Push on this browser: a switch that asks the browser's permission, and the member's other browsers. */
export function PushOnThisDevice() {
  const push = usePushOnThisBrowser();
  const thisId = useStored(thisBrowserSubscriptionId);
  const isOn = push.state === 'on';
  const isHomeScreenNeeded = needsHomeScreen();
  return (
    <section className="section card" aria-labelledby="push-heading">
      <h2 id="push-heading">On this browser</h2>
      {push.state === 'unsupported' ? (
        <p>{isHomeScreenNeeded ? HOME_SCREEN_WORDS : 'This browser cannot show notifications.'}</p>
      ) : (
        <>
          <label className="checkbox switch" htmlFor="push-here">
            <input
              id="push-here"
              type="checkbox"
              role="switch"
              checked={isOn}
              aria-checked={isOn}
              aria-describedby="push-here-hint"
              disabled={push.isBusy || push.state === 'checking'}
              onChange={(event) => void (event.target.checked ? push.turnOn() : push.turnOff())}
            />
            <span>Notifications on this browser</span>
          </label>
          <p className="field__hint" id="push-here-hint">
            Reminders and messages pop up here even when Backstrong is closed. {HOME_SCREEN_WORDS}
          </p>
          {push.state === 'blocked' && !push.failure && (
            <p className="callout">
              Notifications are blocked for Backstrong in this browser. You can allow them in the browser’s
              site settings.
            </p>
          )}
        </>
      )}
      {push.failure && (
        <p className="callout" role="alert">
          {push.failure}
        </p>
      )}
      <OtherBrowsers key={thisId ?? 'none'} thisId={thisId} />
    </section>
  );
}
