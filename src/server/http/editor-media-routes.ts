import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { mediaFileSchema, mediaUploadQuerySchema } from '../../contract/media.ts';
import { MEDIA_MAX_BYTES } from '../publication/media-checks/limits.ts';
import { uploadMedia } from '../services/media-uploads.ts';
import type { AppContext } from './context.ts';
import { commonProblems } from './schemas.ts';

/** The largest upload of any kind; each kind's own limit is checked again in its media check. */
const UPLOAD_BODY_LIMIT = Math.max(...Object.values(MEDIA_MAX_BYTES));

/** Editors upload the publication's files as raw bytes; what they are is read from the bytes. */
export function editorMediaRoutes(context: AppContext): FastifyPluginAsyncZod {
  const { db } = context;
  return async (app) => {
    // Encapsulated in this plugin: only this route takes any content type as a raw buffer.
    app.removeAllContentTypeParsers();
    app.addContentTypeParser(
      '*',
      { parseAs: 'buffer', bodyLimit: UPLOAD_BODY_LIMIT },
      (_request, body, done) => done(null, body),
    );
    app.post(
      '/api/editor/media',
      {
        bodyLimit: UPLOAD_BODY_LIMIT,
        schema: {
          tags: ['publication'],
          summary: 'Upload a file for an article or episode (the bytes as the body)',
          description:
            'Checked by content, never by name or header. The same bytes again answer 200 with the same file; a new file answers 201. A file that cannot be used answers 400 saying why.',
          querystring: mediaUploadQuerySchema,
          response: { 200: mediaFileSchema, 201: mediaFileSchema, ...commonProblems },
        },
      },
      async (request, reply) => {
        const actor = await context.loginSessions.require(request);
        const body = request.body;
        const bytes = body instanceof Uint8Array ? new Uint8Array(body) : new Uint8Array();
        const { file, isNew } = await uploadMedia(db, actor, { ...request.query, bytes });
        reply.status(isNew ? 201 : 200);
        return file;
      },
    );
  };
}
