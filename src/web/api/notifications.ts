/** Notifications: the member's settings, their recent notifications, and the browsers that get Web Push. */
import type { Ok } from '../../contract/common.ts';
import type {
  NotificationSettings,
  PushKey,
  PushSubscriptionBody,
  PushSubscriptionInfo,
  PushSubscriptionList,
} from '../../contract/notifications.ts';
import { del, get, post, put } from './client.ts';
import { unreadNotifications } from './unread-notifications.ts';

/** The settings as the server answers them: the defaults until the member saves their own. */
export type SavedNotificationSettings = NotificationSettings & { isChosen: boolean };

export const notifications = {
  settings: () => get<SavedNotificationSettings>('/api/me/notification-settings'),
  /** The whole settings each time: the same PUT twice stores once, so a retry is harmless. */
  saveSettings: (settings: NotificationSettings) =>
    put<SavedNotificationSettings>('/api/me/notification-settings', settings),
  list: unreadNotifications.list,
  markRead: (id: string) => post<Ok>(`/api/me/notifications/${encodeURIComponent(id)}/read`),
  markAllRead: () => post<Ok>('/api/me/notifications/read-all'),
  pushKey: () => get<PushKey>('/api/push/key'),
  /** The endpoint is the browser's own id for this subscription: sending it twice keeps one. */
  addPushSubscription: (subscription: PushSubscriptionBody) =>
    post<PushSubscriptionInfo>('/api/me/push-subscriptions', subscription),
  pushSubscriptions: () => get<PushSubscriptionList>('/api/me/push-subscriptions'),
  removePushSubscription: (id: string) => del<Ok>(`/api/me/push-subscriptions/${encodeURIComponent(id)}`),
};
