import { useState } from 'react';
import { useLocation } from 'wouter';
import type { AppNotification, NotificationList } from '../../../contract/notifications.ts';
import { notifications } from '../../api/notifications.ts';
import { FormAlert, useFormAction } from '../../components/forms.tsx';
import { openPath } from './open-path.ts';

const SENT_WORDS = new Intl.DateTimeFormat(undefined, {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  hour: '2-digit',
  minute: '2-digit',
});

function NotificationItem({ item, onOpen }: { item: AppNotification; onOpen(item: AppNotification): void }) {
  const isUnread = item.readAt === null;
  return (
    <li
      className={
        isUnread ? 'notification-list__item notification-list__item--unread' : 'notification-list__item'
      }
    >
      <a
        href={item.path}
        className="notification-list__link"
        onClick={(event) => {
          event.preventDefault();
          onOpen(item);
        }}
      >
        <span className="notification-list__title">
          {isUnread && <span className="notification-list__mark">New</span>}
          {isUnread && ' '}
          {item.title}
        </span>
        <span className="notification-list__body">{item.body}</span>
        <span className="notification-list__when">
          <time dateTime={item.sentAt}>{SENT_WORDS.format(new Date(item.sentAt))}</time>
        </span>
      </a>
    </li>
  );
}

/** The newest notifications: opening one marks it read and goes where it leads. */
export function RecentNotifications({ list, onChanged }: { list: NotificationList; onChanged(): void }) {
  const [, navigate] = useLocation();
  const [openedIds, setOpenedIds] = useState<ReadonlySet<string>>(new Set());
  const markAll = useFormAction(async () => {
    await notifications.markAllRead();
    onChanged();
  });
  const shown = list.notifications.map((item) =>
    openedIds.has(item.id) && item.readAt === null ? { ...item, readAt: new Date().toISOString() } : item,
  );

  async function open(item: AppNotification) {
    setOpenedIds((ids) => new Set([...ids, item.id]));
    // Read or not, the member goes where it leads; a failed mark is marked again next time it is opened.
    if (item.readAt === null) await notifications.markRead(item.id).catch(() => undefined);
    openPath(item.path, navigate);
  }

  const unread = shown.filter((item) => item.readAt === null).length;
  return (
    <section className="section" aria-labelledby="recent-heading">
      <h2 id="recent-heading">Recent</h2>
      {shown.length === 0 ? (
        <p>Nothing yet. Reminders and messages will show here as well as on your phone.</p>
      ) : (
        <>
          <p>{unread === 0 ? 'You have read them all.' : `${unread} unread.`}</p>
          <ul className="notification-list">
            {shown.map((item) => (
              <NotificationItem key={item.id} item={item} onOpen={(opened) => void open(opened)} />
            ))}
          </ul>
          {unread > 0 && (
            <button
              type="button"
              className="button button--secondary"
              disabled={markAll.isBusy}
              onClick={() => void markAll.run()}
            >
              Mark all read
            </button>
          )}
          <FormAlert problem={markAll.problem} />
        </>
      )}
    </section>
  );
}
