import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  markReadBodySchema,
  messageThreadSchema,
  sendMessageBodySchema,
  sentMessageSchema,
  threadQuerySchema,
  unreadCountSchema,
} from '../../contract/messages.ts';
import { markThreadRead, readThread, sendMessage } from '../services/messages.ts';
import type { AppContext } from './context.ts';
import { commonProblems, problemsWithConflict } from './schemas.ts';

/** The member's thread with their coach. The coach's side is coach-message-routes.ts. */
export function messageRoutes(context: AppContext): FastifyPluginAsyncZod {
  const { db } = context;
  return async (app) => {
    app.get(
      '/api/me/messages',
      {
        schema: {
          tags: ['coaching'],
          summary: 'My messages with my coach, newest last, and how many of theirs I have not read',
          querystring: threadQuerySchema,
          response: { 200: messageThreadSchema, ...commonProblems },
        },
      },
      async (request) => {
        const actor = await context.loginSessions.require(request);
        return readThread(db, actor, actor.id, request.query);
      },
    );

    app.post(
      '/api/me/messages',
      {
        schema: {
          tags: ['coaching'],
          summary: 'Send my coach a message (plain text)',
          description:
            'Idempotent by the client-made id: a retry answers 200 with the first message. 409 no-coach when there is no coach yet, not-sharing-with-coach when the coach could not read it.',
          body: sendMessageBodySchema,
          response: { 200: sentMessageSchema, 201: sentMessageSchema, ...problemsWithConflict },
        },
      },
      async (request, reply) => {
        const actor = await context.loginSessions.require(request);
        const outcome = await sendMessage(
          { db, mail: context.mail, publicUrl: context.config.publicUrl },
          actor,
          actor.id,
          request.body,
          context.clock(),
        );
        reply.status(outcome.isReplay ? 200 : 201);
        return { message: outcome.message };
      },
    );

    app.post(
      '/api/me/messages/read',
      {
        schema: {
          tags: ['coaching'],
          summary: "Mark my coach's messages read, up to and including one",
          body: markReadBodySchema,
          response: { 200: unreadCountSchema, ...commonProblems },
        },
      },
      async (request) => {
        const actor = await context.loginSessions.require(request);
        return markThreadRead(db, actor, actor.id, request.body.upTo, context.clock());
      },
    );
  };
}
