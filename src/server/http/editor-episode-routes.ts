import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  createEpisodeBodySchema,
  episodeListQuerySchema,
  episodeListSchema,
  episodeParamsSchema,
  episodeSchema,
  saveEpisodeBodySchema,
  scheduleEpisodeBodySchema,
} from '../../contract/editor-episodes.ts';
import {
  createEpisode,
  listEditorEpisodes,
  publishEpisodeNow,
  readEditorEpisode,
  saveEpisode,
  scheduleEpisode,
  unpublishEpisode,
  unscheduleEpisode,
} from '../services/episodes.ts';
import type { AppContext } from './context.ts';
import { commonProblems, problemsWithConflict } from './schemas.ts';

/** Editors write podcast episodes and decide when they go out. */
export function editorEpisodeRoutes(context: AppContext): FastifyPluginAsyncZod {
  const { db } = context;
  return async (app) => {
    app.get(
      '/api/editor/episodes',
      {
        schema: {
          tags: ['publication'],
          summary: 'Episodes, last edited first, whatever their status',
          querystring: episodeListQuerySchema,
          response: { 200: episodeListSchema, ...commonProblems },
        },
      },
      async (request) => {
        const actor = await context.loginSessions.require(request);
        return listEditorEpisodes(db, actor, request.query);
      },
    );

    app.post(
      '/api/editor/episodes',
      {
        schema: {
          tags: ['publication'],
          summary: 'Start an episode (a draft)',
          description: 'Idempotent by the client-made id: a retry answers 200 with the episode made first.',
          body: createEpisodeBodySchema,
          response: { 200: episodeSchema, 201: episodeSchema, ...commonProblems },
        },
      },
      async (request, reply) => {
        const actor = await context.loginSessions.require(request);
        const { episode, isNew } = await createEpisode(db, actor, request.body, context.clock());
        reply.status(isNew ? 201 : 200);
        return episode;
      },
    );

    app.get(
      '/api/editor/episodes/:episodeId',
      {
        schema: {
          tags: ['publication'],
          summary: 'One episode as its editor sees it, with its files',
          params: episodeParamsSchema,
          response: { 200: episodeSchema, ...commonProblems },
        },
      },
      async (request) => {
        const actor = await context.loginSessions.require(request);
        return readEditorEpisode(db, actor, request.params.episodeId);
      },
    );

    app.put(
      '/api/editor/episodes/:episodeId',
      {
        schema: {
          tags: ['publication'],
          summary: "Save an episode's words, numbering, pairing and files",
          description:
            '409 number-taken when the season has that number already, article-paired when the article pairs with another episode.',
          params: episodeParamsSchema,
          body: saveEpisodeBodySchema,
          response: { 200: episodeSchema, ...problemsWithConflict },
        },
      },
      async (request) => {
        const actor = await context.loginSessions.require(request);
        return saveEpisode(db, actor, request.params.episodeId, request.body, context.clock());
      },
    );

    app.post(
      '/api/editor/episodes/:episodeId/schedule',
      {
        schema: {
          tags: ['publication'],
          summary: 'Schedule an episode for a release (the next one unless a time is given)',
          description:
            '409 not-ready without a title or media (or a poster for a video); 400 for a time passed.',
          params: episodeParamsSchema,
          body: scheduleEpisodeBodySchema,
          response: { 200: episodeSchema, ...problemsWithConflict },
        },
      },
      async (request) => {
        const actor = await context.loginSessions.require(request);
        return scheduleEpisode(
          db,
          actor,
          request.params.episodeId,
          request.body,
          context.clock(),
          context.config.releaseSchedule,
        );
      },
    );

    const moves = [
      ['unschedule', 'Take an episode off the schedule (back to a draft)', unscheduleEpisode],
      ['publish', 'Publish an episode now', publishEpisodeNow],
      ['unpublish', 'Unpublish an episode (back to a draft)', unpublishEpisode],
    ] as const;
    for (const [name, summary, move] of moves) {
      app.post(
        `/api/editor/episodes/:episodeId/${name}`,
        {
          schema: {
            tags: ['publication'],
            summary,
            description: 'Safe to repeat: an episode already there is answered as it is.',
            params: episodeParamsSchema,
            response: { 200: episodeSchema, ...problemsWithConflict },
          },
        },
        async (request) => {
          const actor = await context.loginSessions.require(request);
          return move(db, actor, request.params.episodeId, context.clock());
        },
      );
    }
  };
}
