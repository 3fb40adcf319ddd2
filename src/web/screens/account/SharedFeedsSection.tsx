import type { SharedFeeds } from '../../../contract/private-feed.ts';
import { privateFeedApi } from '../../api/private-feed.ts';
import { useApiData } from '../../api/useApiData.ts';
import { LoadFailed } from '../../components/LoadFailed.tsx';
import { Loading } from '../../components/Loading.tsx';

function formatWhen(iso: string): string {
  return new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(iso),
  );
}

function SharedFeedList({ shared }: { shared: SharedFeeds }) {
  if (shared.feeds.length === 0) {
    return <p>No private feed has been used from more than {shared.moreThan} places in the last day.</p>;
  }
  return (
    <>
      <p>
        Used from more than {shared.moreThan} addresses in the last day: the link may have been passed on. The
        member can reset it on their Membership page, which stops the old one at once.
      </p>
      <ul className="account-list" aria-label="Shared podcast feeds">
        {shared.feeds.map((feed) => (
          <li key={feed.memberId} className="account-list__item">
            <span className="account-list__name">{feed.name}</span>
            <span className="account-list__email">{feed.email}</span>
            <span className="account-list__meta">
              {feed.addresses} addresses in 24 hours · last used {formatWhen(feed.lastUsedAt)}
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}

/** For admins: members' private podcast feeds that look shared (a shared link). */
export function SharedFeedsSection() {
  const shared = useApiData(privateFeedApi.shared);
  return (
    <section className="section card" aria-labelledby="shared-feeds-heading">
      <h2 id="shared-feeds-heading">Shared podcast feeds</h2>
      {shared.status === 'loading' && <Loading what="Loading the shared feeds" />}
      {shared.status === 'failed' && <LoadFailed problem={shared.problem} retry={shared.retry} />}
      {shared.status === 'ready' && <SharedFeedList shared={shared.data} />}
    </section>
  );
}
