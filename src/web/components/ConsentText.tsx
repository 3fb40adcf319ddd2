import { HEALTH_DATA_CONSENT } from '../../core/consent.ts';

/**
 * A consent's text exactly as versioned in src/core/consent.ts (the health-data consent unless told):
 * what someone agrees to is what they read.
 */
export function ConsentText({ consent = HEALTH_DATA_CONSENT }: { consent?: { text: readonly string[] } }) {
  return (
    <div className="consent__text">
      {consent.text.map((paragraph) => (
        <p key={paragraph}>{paragraph}</p>
      ))}
    </div>
  );
}
