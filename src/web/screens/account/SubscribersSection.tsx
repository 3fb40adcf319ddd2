import { useApiData } from '../../api/useApiData.ts';
import { LoadFailed } from '../../components/LoadFailed.tsx';
import { Loading } from '../../components/Loading.tsx';
import { loadSubscriberCount, SUBSCRIBERS_CSV_URL, subscriberCountSentence } from './subscribers.ts';

/** The admin's view of the Sunday email's list: how many, and the whole list to download. */
export function SubscribersSection() {
  const subscribers = useApiData(loadSubscriberCount);
  return (
    <section className="section card" aria-labelledby="subscribers-heading">
      <h2 id="subscribers-heading">Sunday email</h2>
      {subscribers.status === 'loading' && <Loading what="Counting the subscribers" />}
      {subscribers.status === 'failed' && (
        <LoadFailed problem={subscribers.problem} retry={subscribers.retry} />
      )}
      {subscribers.status === 'ready' && (
        <>
          <p role="status">{subscriberCountSentence(subscribers.data.total)}</p>
          <ul className="download-list">
            <li>
              <a href={SUBSCRIBERS_CSV_URL} download>
                The subscribers’ addresses and consent times (CSV, for a spreadsheet)
              </a>
            </li>
          </ul>
        </>
      )}
    </section>
  );
}
