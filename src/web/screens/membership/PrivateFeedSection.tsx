import { useEffect, useRef, useState } from 'react';
import type { PrivateFeed } from '../../../contract/private-feed.ts';
import { privateFeedApi } from '../../api/private-feed.ts';
import { useApiData } from '../../api/useApiData.ts';
import { FormAlert, useFormAction } from '../../components/forms.tsx';
import { LoadFailed } from '../../components/LoadFailed.tsx';
import { Loading } from '../../components/Loading.tsx';

const APPS = [
  { key: 'applePodcasts', name: 'Apple Podcasts' },
  { key: 'overcast', name: 'Overcast' },
  { key: 'pocketCasts', name: 'Pocket Casts' },
] as const;

function CopyField({ url }: { url: string }) {
  const field = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<'copied' | 'select' | undefined>();
  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      setCopied('copied');
    } catch {
      // No clipboard here (an older browser, or permission refused): leave it selected to copy by hand.
      field.current?.select();
      setCopied('select');
    }
  }
  return (
    <div className="field">
      <label className="field__label" htmlFor="private-feed-url">
        Your feed’s address
      </label>
      <div className="private-feed__copy">
        <input
          ref={field}
          id="private-feed-url"
          className="input"
          type="url"
          readOnly
          value={url}
          onFocus={(event) => event.target.select()}
        />
        <button type="button" className="button button--secondary" onClick={copy}>
          Copy
        </button>
      </div>
      <p role="status" className="private-feed__status">
        {copied === 'copied' && 'Copied. Paste it into your podcast app’s “Add by URL”.'}
        {copied === 'select' && 'Selected: copy it with your device’s Copy.'}
      </p>
    </div>
  );
}

function ResetLink({ onReset }: { onReset(feed: PrivateFeed): void }) {
  const [isAsking, setIsAsking] = useState(false);
  // One id per reset asked for: a retry after a lost answer sends it again and resets only once.
  const resetId = useRef<string | undefined>(undefined);
  const question = useRef<HTMLParagraphElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const { isBusy, problem, run } = useFormAction(async () => {
    resetId.current ??= crypto.randomUUID();
    const feed = await privateFeedApi.reset(resetId.current);
    resetId.current = undefined;
    setIsAsking(false);
    onReset(feed);
  });
  useEffect(() => {
    if (isAsking) question.current?.focus();
  }, [isAsking]);

  if (!isAsking) {
    return (
      <button ref={opener} type="button" className="button button--quiet" onClick={() => setIsAsking(true)}>
        Reset link
      </button>
    );
  }
  return (
    <div className="private-feed__confirm">
      <p id="private-feed-reset-question" ref={question} tabIndex={-1}>
        <strong>Reset your link?</strong> The old link stops working in every app at once, on all your devices
        and anyone else’s. You then add the new one to your podcast app again.
      </p>
      <FormAlert problem={problem} />
      <div className="actions">
        <button type="button" className="button button--danger" aria-disabled={isBusy} onClick={() => run()}>
          {isBusy ? 'Resetting…' : 'Reset the link'}
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            setIsAsking(false);
            requestAnimationFrame(() => opener.current?.focus());
          }}
        >
          Keep this link
        </button>
      </div>
    </div>
  );
}

function PremiumFeed() {
  const loaded = useApiData(privateFeedApi.mine);
  const [feed, setFeed] = useState<PrivateFeed | undefined>();
  const [isNew, setIsNew] = useState(false);
  if (loaded.status === 'loading') return <Loading what="Loading your podcast feed" />;
  if (loaded.status === 'failed') return <LoadFailed problem={loaded.problem} retry={loaded.retry} />;
  const current = feed ?? loaded.data;
  return (
    <>
      <p>
        Every episode, premium ones too, in the podcast app you already use. New episodes arrive by
        themselves.
      </p>
      {/* A new link starts without the old one's "Copied". */}
      <CopyField key={current.url} url={current.url} />
      <ul className="private-feed__apps" aria-label="Add to a podcast app">
        {APPS.map((app) => (
          <li key={app.key}>
            <a className="button button--secondary" href={current.addTo[app.key]}>
              Add to {app.name}
            </a>
          </li>
        ))}
      </ul>
      <p className="private-feed__small">
        This link is personal: it is yours alone, like a key. Please don’t share it; a link used from many
        places is noticed.
      </p>
      {isNew && (
        <p role="status" className="notice">
          Your new link is ready. The old one no longer works.
        </p>
      )}
      <ResetLink
        onReset={(fresh) => {
          setFeed(fresh);
          setIsNew(true);
        }}
      />
    </>
  );
}

/** The member's private podcast feed: for premium members the link and its apps, for others what it is. */
export function PrivateFeedSection({ hasFeed, premiumName }: { hasFeed: boolean; premiumName: string }) {
  return (
    <section className="card section private-feed" aria-labelledby="private-feed-heading">
      <h2 id="private-feed-heading">Your private podcast feed</h2>
      {hasFeed ? (
        <PremiumFeed />
      ) : (
        <>
          <p>
            A podcast feed of your own, with every episode, premium ones too, for the podcast app you already
            use.
          </p>
          <p>
            It comes with {premiumName}. <a href="#yours-heading">Join {premiumName}</a> to get yours.
          </p>
        </>
      )}
    </section>
  );
}
