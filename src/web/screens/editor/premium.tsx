import './premium.css';

/** What marking a piece premium means for its readers or listeners, said where the editor decides it. */
const PREMIUM_HINTS = {
  article: 'Free readers see the title and summary and how to join; premium members read it whole.',
  episode:
    'Premium members hear it in the app and their private feed; the public feed lists it without the audio.',
} as const;

/** The "Premium" checkbox of an article's or an episode's form, its hint read out with it. */
export function PremiumField({
  id,
  kind,
  isPremium,
  onChange,
}: {
  id: string;
  kind: keyof typeof PREMIUM_HINTS;
  isPremium: boolean;
  onChange(isPremium: boolean): void;
}) {
  return (
    <div className="field premium-field">
      <label className="checkbox" htmlFor={id}>
        <input
          id={id}
          type="checkbox"
          checked={isPremium}
          onChange={(event) => onChange(event.target.checked)}
          aria-describedby={`${id}-hint`}
        />
        <span>Premium</span>
      </label>
      <p className="field__hint" id={`${id}-hint`}>
        {PREMIUM_HINTS[kind]}
      </p>
    </div>
  );
}

/** The small "Premium" mark beside a premium piece in the editors' lists. */
export function PremiumLabel() {
  return <span className="premium-label">Premium</span>;
}
