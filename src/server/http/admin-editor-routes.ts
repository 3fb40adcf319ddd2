import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { okSchema } from '../../contract/common.ts';
import { editorAccountParamsSchema, editorCandidatesSchema } from '../../contract/editors.ts';
import { listEditors, makeEditor, stopEditor } from '../services/editors.ts';
import type { AppContext } from './context.ts';
import { commonProblems, problemsWithConflict } from './schemas.ts';

/** The admin grants and takes away the editor role (coaches and admins only). */
export function adminEditorRoutes(context: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/admin/editors',
      {
        schema: {
          tags: ['admin'],
          summary: 'Coaches and admins, and which of them are editors (admins only)',
          response: { 200: editorCandidatesSchema, ...commonProblems },
        },
      },
      async (request) => listEditors(context.db, await context.loginSessions.require(request)),
    );

    app.put(
      '/api/admin/accounts/:accountId/editor',
      {
        schema: {
          tags: ['admin'],
          summary: 'Make a coach or an admin an editor (admins only)',
          description: 'Idempotent: an editor already keeps the time they became one. 409 for a member.',
          params: editorAccountParamsSchema,
          response: { 200: okSchema, ...problemsWithConflict },
        },
      },
      async (request) => {
        const actor = await context.loginSessions.require(request);
        await makeEditor(context.db, actor, request.params.accountId, context.clock());
        return { ok: true as const };
      },
    );

    app.delete(
      '/api/admin/accounts/:accountId/editor',
      {
        schema: {
          tags: ['admin'],
          summary: 'Take the editor role away (admins only); it ends at once',
          params: editorAccountParamsSchema,
          response: { 200: okSchema, ...problemsWithConflict },
        },
      },
      async (request) => {
        const actor = await context.loginSessions.require(request);
        await stopEditor(context.db, actor, request.params.accountId);
        return { ok: true as const };
      },
    );
  };
}
