/**
 * Sending one stored file, with validators and byte ranges, as the public media route and a member's
 * private feed both do. A file's name is its content's hash (media-path.ts): the bytes under a URL never
 * change, so the ETag is the id itself and `If-Range` is not read (a range of this URL can only ever be
 * a range of these same bytes). Who may have the file, and so its Cache-Control, is the caller's to say.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Executor } from '../db/executor.ts';
import type { StoredMediaHead } from '../db/repositories/media-files.ts';
import { byteRangeOf } from './byte-range.ts';
import { httpDate, isNotModified } from './conditional-get.ts';
import { mediaBody } from './media-body.ts';
import { problemType, sendProblem } from './problem.ts';

export const PUBLIC_MEDIA_CACHE = 'public, max-age=31536000, immutable';

export function sendMediaNotFound(request: FastifyRequest, reply: FastifyReply): FastifyReply {
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

export async function sendStoredMedia(
  db: Executor,
  request: FastifyRequest,
  reply: FastifyReply,
  head: StoredMediaHead,
  cacheControl: string,
): Promise<FastifyReply> {
  const tag = `"${head.id}"`;
  reply.headers({
    'cache-control': cacheControl,
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
  return reply.send(await mediaBody(db, head.id, start, end));
}
