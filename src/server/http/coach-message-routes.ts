import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { memberParamsSchema } from '../../contract/coaching.ts';
import {
  markReadBodySchema,
  messageThreadSchema,
  sendMessageBodySchema,
  sentMessageSchema,
  threadQuerySchema,
  unreadCountSchema,
} from '../../contract/messages.ts';
import { markThreadRead, readThread, sendMessage } from '../services/messages.ts';
import { refuseAllButCoaches } from './coach-only.ts';
import type { AppContext } from './context.ts';
import { commonProblems, problemsWithConflict } from './schemas.ts';

/**
 * A coach's thread with one member, under /api/coach/members/{memberId}/messages: the same services as the
 * member's side, whose access check lets in only the member's coach while the member shares with them.
 */
export function coachMessageRoutes(context: AppContext): FastifyPluginAsyncZod {
  const { db } = context;
  return async (app) => {
    refuseAllButCoaches(app, context);

    app.get(
      '/api/coach/members/:memberId/messages',
      {
        schema: {
          tags: ['coaching'],
          summary:
            "My thread with an assigned member, newest last, and how many of the member's I have not read",
          params: memberParamsSchema,
          querystring: threadQuerySchema,
          response: { 200: messageThreadSchema, ...commonProblems },
        },
      },
      async (request) => {
        const actor = await context.loginSessions.require(request);
        return readThread(db, actor, request.params.memberId, request.query);
      },
    );

    app.post(
      '/api/coach/members/:memberId/messages',
      {
        schema: {
          tags: ['coaching'],
          summary: 'Send an assigned member a message (plain text); recorded in my time log',
          description:
            'Idempotent by the client-made id: a retry answers 200 with the first message. A member who has not opened the app for a day is told by one email (without the text).',
          params: memberParamsSchema,
          body: sendMessageBodySchema,
          response: { 200: sentMessageSchema, 201: sentMessageSchema, ...problemsWithConflict },
        },
      },
      async (request, reply) => {
        const actor = await context.loginSessions.require(request);
        const outcome = await sendMessage(
          { db, mail: context.mail, publicUrl: context.config.publicUrl },
          actor,
          request.params.memberId,
          request.body,
          context.clock(),
        );
        // The member's Wake comes now, or when their quiet hours end, to tell them of the message.
        await context.notificationSchedule?.memberChanged(request.params.memberId);
        reply.status(outcome.isReplay ? 200 : 201);
        return { message: outcome.message };
      },
    );

    app.post(
      '/api/coach/members/:memberId/messages/read',
      {
        schema: {
          tags: ['coaching'],
          summary: "Mark an assigned member's messages read, up to and including one",
          params: memberParamsSchema,
          body: markReadBodySchema,
          response: { 200: unreadCountSchema, ...commonProblems },
        },
      },
      async (request) => {
        const actor = await context.loginSessions.require(request);
        return markThreadRead(db, actor, request.params.memberId, request.body.upTo, context.clock());
      },
    );
  };
}
