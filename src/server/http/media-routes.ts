/**
 * The publication's stored files: `GET|HEAD /media/<sha256>.<ext>`, as podcast apps, web players and
 * the public pages fetch them. Not part of the JSON API, so hidden from the API document.
 *
 * A file's name is its content's hash (media-path.ts): the bytes under a URL never change, so public
 * files are cached for a year as immutable and the ETag is the id itself. For the same reason `If-Range`
 * is not read: a range of this URL can only ever be a range of these same bytes, so a client's validator
 * cannot be stale. A file the public may not see yet (a draft's, a scheduled episode's) is 404 to them,
 * not cached, so it appears the moment it is published; editors get it for previews, never stored by
 * a shared cache.
 */
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { StoredMediaHead } from '../db/repositories/media-files.ts';
import { parseMediaPath } from '../publication/media-path.ts';
import { Refusal } from '../services/errors.ts';
import { findMediaForEditor, findPublicMedia, type MediaFileName } from '../services/media-serving.ts';
import { byteRangeOf } from './byte-range.ts';
import { httpDate, isNotModified } from './conditional-get.ts';
import type { AppContext } from './context.ts';
import { mediaBody } from './media-body.ts';
import { problemType, sendProblem } from './problem.ts';

const PUBLIC_CACHE = 'public, max-age=31536000, immutable';
const EDITOR_ONLY_CACHE = 'private, no-store';

type Audience = 'public' | 'editor';

function entityTag(head: StoredMediaHead): string {
  return `"${head.id}"`;
}

async function findForRequest(
  context: AppContext,
  request: FastifyRequest,
  file: MediaFileName,
): Promise<{ head: StoredMediaHead; audience: Audience } | undefined> {
  const publicHead = await findPublicMedia(context.db, file);
  if (publicHead) return { head: publicHead, audience: 'public' };
  const user = await context.loginSessions.find(request);
  if (!user) return undefined;
  try {
    const head = await findMediaForEditor(context.db, user, file);
    return head ? { head, audience: 'editor' } : undefined;
  } catch (error) {
    // Not an editor: to them the file does not exist, as to anyone else.
    if (error instanceof Refusal && error.kind === 'forbidden') return undefined;
    throw error;
  }
}

function notFound(request: FastifyRequest, reply: FastifyReply): FastifyReply {
  // It may be published later under this very URL: nobody may keep this answer.
  reply.header('cache-control', 'no-store');
  return sendProblem(
    reply,
    {
      type: problemType('not-found'),
      title: 'Not found',
      status: 404,
      detail: `There is no published file at ${request.url.split('?')[0]}.`,
    },
    request,
  );
}

export function mediaRoutes(context: AppContext): FastifyPluginAsync {
  return async (app) => {
    app.route<{ Params: { name: string } }>({
      method: ['GET', 'HEAD'],
      url: '/media/:name',
      schema: { hide: true },
      handler: async (request, reply) => {
        const file = parseMediaPath(`/media/${request.params.name}`);
        if (!file) return notFound(request, reply);
        const found = await findForRequest(context, request, file);
        if (!found) return notFound(request, reply);
        const { head, audience } = found;
        const tag = entityTag(head);
        reply.headers({
          'cache-control': audience === 'public' ? PUBLIC_CACHE : EDITOR_ONLY_CACHE,
          etag: tag,
          'last-modified': httpDate(head.createdAt),
          'accept-ranges': 'bytes',
          // Podcast web players on other sites play the audio and show the artwork.
          'cross-origin-resource-policy': 'cross-origin',
        });
        if (isNotModified(request.headers, { etag: tag, lastModified: head.createdAt })) {
          return reply.status(304).send();
        }

        const range = byteRangeOf(request.headers.range, head.byteSize);
        if (range.kind === 'unsatisfiable') {
          reply.header('content-range', `bytes */${head.byteSize}`);
          return sendProblem(
            reply,
            {
              type: problemType('range-not-satisfiable'),
              title: 'Range not satisfiable',
              status: 416,
              detail: `The file has ${head.byteSize} bytes; the range ${request.headers.range} is outside it.`,
            },
            request,
          );
        }
        const start = range.kind === 'range' ? range.start : 0;
        const end = range.kind === 'range' ? range.end : head.byteSize - 1;
        if (range.kind === 'range') {
          reply.status(206).header('content-range', `bytes ${start}-${end}/${head.byteSize}`);
        }
        reply.type(head.contentType).header('content-length', String(end - start + 1));
        if (request.method === 'HEAD' || end < start) return reply.send();
        return reply.send(await mediaBody(context.db, head.id, start, end));
      },
    });
  };
}
