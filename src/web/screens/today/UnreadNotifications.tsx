import { Link } from 'wouter';
import { unreadNotifications } from '../../api/unread-notifications.ts';
import { useApiData } from '../../api/useApiData.ts';

/** One quiet line when notifications wait unread; nothing otherwise (nor offline, nor while loading). */
export function UnreadNotifications() {
  const loaded = useApiData(() => unreadNotifications.list());
  if (loaded.status !== 'ready' || loaded.data.unread === 0) return null;
  const { unread } = loaded.data;
  return (
    <p className="today__unread">
      <Link href="/notifications">
        {unread === 1 ? 'You have 1 unread notification' : `You have ${unread} unread notifications`}
      </Link>
    </p>
  );
}
