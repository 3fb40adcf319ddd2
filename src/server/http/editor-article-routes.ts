import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { okSchema } from '../../contract/common.ts';
import {
  articleListQuerySchema,
  articleListSchema,
  articleParamsSchema,
  articleWithScheduleSchema,
  createArticleBodySchema,
  restoreRevisionBodySchema,
  revisionListSchema,
  revisionParamsSchema,
  revisionSchema,
  saveArticleBodySchema,
  scheduleArticleBodySchema,
} from '../../contract/editor-articles.ts';
import * as service from '../services/articles.ts';
import type { AppContext } from './context.ts';
import { commonProblems, problemsWithConflict } from './schemas.ts';

/** Editors write articles here; the public reads them on the site's pages once published. */
export function editorArticleRoutes(context: AppContext): FastifyPluginAsyncZod {
  const deps = { db: context.db, schedule: context.config.releaseSchedule };
  const tags = ['publication'];
  return async (app) => {
    app.get(
      '/api/editor/articles',
      {
        schema: {
          tags,
          summary: 'Every article, whatever its status, the most recently changed first (editors only)',
          querystring: articleListQuerySchema,
          response: { 200: articleListSchema, ...commonProblems },
        },
      },
      async (request) =>
        service.listEditorArticles(
          deps,
          await context.loginSessions.require(request),
          request.query,
          context.clock(),
        ),
    );

    app.post(
      '/api/editor/articles',
      {
        schema: {
          tags,
          summary: 'Start a draft article',
          description: 'Idempotent by the client-made id: a retry answers 200 with the first draft.',
          body: createArticleBodySchema,
          response: {
            200: articleWithScheduleSchema,
            201: articleWithScheduleSchema,
            ...problemsWithConflict,
          },
        },
      },
      async (request, reply) => {
        const actor = await context.loginSessions.require(request);
        const { isReplay, ...created } = await service.createArticle(
          deps,
          actor,
          request.body,
          context.clock(),
        );
        reply.status(isReplay ? 200 : 201);
        return created;
      },
    );

    app.get(
      '/api/editor/articles/:articleId',
      {
        schema: {
          tags,
          summary: 'One article as it was last saved',
          params: articleParamsSchema,
          response: { 200: articleWithScheduleSchema, ...commonProblems },
        },
      },
      async (request) =>
        service.readEditorArticle(
          deps,
          await context.loginSessions.require(request),
          request.params.articleId,
          context.clock(),
        ),
    );

    app.put(
      '/api/editor/articles/:articleId',
      {
        schema: {
          tags,
          summary: 'Save the article as its next revision',
          description:
            'Names the revision it started from: 409 stale-revision when someone saved since. The same save sent again answers the revision it made.',
          params: articleParamsSchema,
          body: saveArticleBodySchema,
          response: { 200: articleWithScheduleSchema, ...problemsWithConflict },
        },
      },
      async (request) =>
        service.saveArticle(
          deps,
          await context.loginSessions.require(request),
          request.params.articleId,
          request.body,
          context.clock(),
        ),
    );

    app.delete(
      '/api/editor/articles/:articleId',
      {
        schema: {
          tags,
          summary: 'Delete a draft that was never published',
          params: articleParamsSchema,
          response: { 200: okSchema, ...problemsWithConflict },
        },
      },
      async (request) => {
        await service.deleteArticleDraft(
          deps,
          await context.loginSessions.require(request),
          request.params.articleId,
        );
        return { ok: true as const };
      },
    );

    app.get(
      '/api/editor/articles/:articleId/revisions',
      {
        schema: {
          tags,
          summary: 'The article’s saves, newest first',
          params: articleParamsSchema,
          response: { 200: revisionListSchema, ...commonProblems },
        },
      },
      async (request) =>
        service.listArticleRevisions(
          deps,
          await context.loginSessions.require(request),
          request.params.articleId,
        ),
    );

    app.get(
      '/api/editor/articles/:articleId/revisions/:revision',
      {
        schema: {
          tags,
          summary: 'One earlier save of the article',
          params: revisionParamsSchema,
          response: { 200: revisionSchema, ...commonProblems },
        },
      },
      async (request) =>
        service.readArticleRevision(
          deps,
          await context.loginSessions.require(request),
          request.params.articleId,
          request.params.revision,
        ),
    );

    app.post(
      '/api/editor/articles/:articleId/revisions/:revision/restore',
      {
        schema: {
          tags,
          summary: 'Save an earlier revision’s content again, as the next revision',
          params: revisionParamsSchema,
          body: restoreRevisionBodySchema,
          response: { 200: articleWithScheduleSchema, ...problemsWithConflict },
        },
      },
      async (request) =>
        service.restoreArticleRevision(
          deps,
          await context.loginSessions.require(request),
          request.params.articleId,
          request.params.revision,
          request.body.baseRevision,
          context.clock(),
        ),
    );

    app.post(
      '/api/editor/articles/:articleId/schedule',
      {
        schema: {
          tags,
          summary:
            'Schedule the article (by default for the next release slot); the release job publishes it',
          params: articleParamsSchema,
          body: scheduleArticleBodySchema,
          response: { 200: articleWithScheduleSchema, ...problemsWithConflict },
        },
      },
      async (request) =>
        service.scheduleArticle(
          deps,
          await context.loginSessions.require(request),
          request.params.articleId,
          request.body.publishAt,
          context.clock(),
        ),
    );

    const moves = {
      unschedule: {
        summary: 'Take a scheduled article off the schedule (a draft again)',
        run: service.unscheduleArticle,
      },
      publish: { summary: 'Publish the article now', run: service.publishArticleNow },
      unpublish: {
        summary: 'Take a published article off the site (a draft again)',
        run: service.unpublishArticle,
      },
    };
    for (const [move, { summary, run }] of Object.entries(moves)) {
      app.post(
        `/api/editor/articles/:articleId/${move}`,
        {
          schema: {
            tags,
            summary,
            description: 'Idempotent: an article already there answers as it is.',
            params: articleParamsSchema,
            response: { 200: articleWithScheduleSchema, ...problemsWithConflict },
          },
        },
        async (request) =>
          run(deps, await context.loginSessions.require(request), request.params.articleId, context.clock()),
      );
    }
  };
}
