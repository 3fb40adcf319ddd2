import { useState, useSyncExternalStore } from 'react';
import { isNewVersionReady, reloadToNewVersion, subscribeToNewVersion } from '../offline/service-worker.ts';
import './new-version.css';

/**
 * Says so when a new release of the app is ready, and reloads into it only when the member taps Reload;
 * "Not now" leaves it for the next time the app opens. Nothing logged is lost either way.
 */
export function NewVersionBanner() {
  const isReady = useSyncExternalStore(subscribeToNewVersion, isNewVersionReady, () => false);
  const [isDismissed, setIsDismissed] = useState(false);
  const [isReloading, setIsReloading] = useState(false);
  if (!isReady || isDismissed) return null;
  return (
    <section className="new-version" aria-label="New version">
      <div className="new-version__content">
        <p role="status" className="new-version__text">
          <strong>A new version is ready.</strong> What you have logged stays on this phone.
        </p>
        <div className="new-version__actions">
          <button
            type="button"
            className="button button--primary"
            disabled={isReloading}
            onClick={() => {
              setIsReloading(true);
              void reloadToNewVersion();
            }}
          >
            {isReloading ? 'Reloading…' : 'Reload'}
          </button>
          <button type="button" className="button button--secondary" onClick={() => setIsDismissed(true)}>
            Not now
          </button>
        </div>
      </div>
    </section>
  );
}
