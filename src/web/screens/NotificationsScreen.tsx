import { notifications } from '../api/notifications.ts';
import { useApiData } from '../api/useApiData.ts';
import { LoadFailed } from '../components/LoadFailed.tsx';
import { Loading } from '../components/Loading.tsx';
import { Page } from '../components/Page.tsx';
import { NotificationSettingsForm } from './notifications/NotificationSettingsForm.tsx';
import { PushOnThisDevice } from './notifications/PushOnThisDevice.tsx';
import { RecentNotifications } from './notifications/RecentNotifications.tsx';
import './notifications/notifications.css';

/** The member's recent notifications, push on this browser, and what we send and when. */
export function NotificationsScreen() {
  const list = useApiData(() => notifications.list());
  const settings = useApiData(() => notifications.settings());
  return (
    <Page title="Notifications" width="wide">
      {list.status === 'loading' && <Loading what="Loading your notifications" />}
      {list.status === 'failed' && <LoadFailed problem={list.problem} retry={list.retry} />}
      {list.status === 'ready' && <RecentNotifications list={list.data} onChanged={list.retry} />}
      <PushOnThisDevice />
      {settings.status === 'loading' && <Loading what="Loading your settings" />}
      {settings.status === 'failed' && <LoadFailed problem={settings.problem} retry={settings.retry} />}
      {settings.status === 'ready' && <NotificationSettingsForm saved={settings.data} />}
    </Page>
  );
}
