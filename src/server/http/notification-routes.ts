/** A member's notification settings and their in-app list of recent notifications. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { okSchema } from '../../contract/common.ts';
import {
  notificationIdParamsSchema,
  notificationListSchema,
  notificationSettingsBodySchema,
  notificationSettingsSchema,
} from '../../contract/notifications.ts';
import {
  myNotifications,
  readAllMyNotifications,
  readMyNotification,
} from '../services/notification-inbox.ts';
import { myNotificationSettings, saveMyNotificationSettings } from '../services/notification-settings.ts';
import type { AppContext } from './context.ts';
import { commonProblems } from './schemas.ts';

const settingsReplySchema = notificationSettingsSchema.extend({
  isChosen: z.boolean().describe('Whether the member has saved settings; otherwise these are the defaults'),
});

export function notificationRoutes(context: AppContext): FastifyPluginAsyncZod {
  const { db } = context;
  const clinicTimeZone = context.config.clinicTimeZone;
  return async (app) => {
    app.get(
      '/api/me/notification-settings',
      {
        schema: {
          tags: ['notifications'],
          summary: 'My notification settings, or the defaults until I save mine',
          response: { 200: settingsReplySchema, ...commonProblems },
        },
      },
      async (request) => {
        const user = await context.loginSessions.require(request);
        return myNotificationSettings(db, user, user.id, { clinicTimeZone });
      },
    );

    app.put(
      '/api/me/notification-settings',
      {
        schema: {
          tags: ['notifications'],
          summary: 'Saves my notification settings whole (the same settings twice store once)',
          description: 'Safety messages and critical alerts cannot be turned off (400 naming `off`).',
          body: notificationSettingsBodySchema,
          response: { 200: settingsReplySchema, ...commonProblems },
        },
      },
      async (request) => {
        const user = await context.loginSessions.require(request);
        return saveMyNotificationSettings(db, user, user.id, request.body, {
          clinicTimeZone,
          now: context.clock(),
          onChanged: context.notificationSchedule?.memberChanged,
        });
      },
    );

    app.get(
      '/api/me/notifications',
      {
        schema: {
          tags: ['notifications'],
          summary: 'My most recent notifications, newest first, and how many are unread',
          response: { 200: notificationListSchema, ...commonProblems },
        },
      },
      async (request) => {
        const user = await context.loginSessions.require(request);
        return myNotifications(db, user, user.id);
      },
    );

    app.post(
      '/api/me/notifications/:id/read',
      {
        schema: {
          tags: ['notifications'],
          summary: 'Marks one of my notifications read (again is the same as once)',
          params: notificationIdParamsSchema,
          response: { 200: okSchema, ...commonProblems },
        },
      },
      async (request) => {
        const user = await context.loginSessions.require(request);
        await readMyNotification(db, user, user.id, request.params.id, context.clock());
        return { ok: true as const };
      },
    );

    app.post(
      '/api/me/notifications/read-all',
      {
        schema: {
          tags: ['notifications'],
          summary: 'Marks all my notifications read',
          response: { 200: okSchema, ...commonProblems },
        },
      },
      async (request) => {
        const user = await context.loginSessions.require(request);
        await readAllMyNotifications(db, user, user.id, context.clock());
        return { ok: true as const };
      },
    );
  };
}
