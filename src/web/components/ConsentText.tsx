import { HEALTH_DATA_CONSENT } from '../../core/consent.ts';

/** The consent text exactly as versioned in src/core/consent.ts: what someone agrees to is what they read. */
export function ConsentText() {
  return (
    <div className="consent__text">
      {HEALTH_DATA_CONSENT.text.map((paragraph) => (
        <p key={paragraph}>{paragraph}</p>
      ))}
    </div>
  );
}
