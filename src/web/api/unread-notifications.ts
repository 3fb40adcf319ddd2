/**
 * The member's recent notifications and how many are unread: all Today needs of notifications, apart from
 * the rest (notifications.ts), which only the Notifications screen loads, so Today's first download
 * stays small.
 */
import type { NotificationList } from '../../contract/notifications.ts';
import { get } from './client.ts';

export const unreadNotifications = {
  list: () => get<NotificationList>('/api/me/notifications'),
};
