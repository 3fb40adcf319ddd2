/**
 * The publication's stored files: `GET|HEAD /media/<sha256>.<ext>`, as podcast apps, web players and
 * the public pages fetch them. Not part of the JSON API, so hidden from the API document.
 *
 * Public files are cached for a year as immutable (send-media.ts says why). A file the public may not
 * see yet (a draft's, a scheduled episode's) is 404 to them, not cached, so it appears the moment it is
 * published. A premium episode's audio goes to members whose tier includes it, kept only in their own
 * browser; editors get any file for previews, never stored by a shared cache.
 */
import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import type { StoredMediaHead } from '../db/repositories/media-files.ts';
import { parseMediaPath } from '../publication/media-path.ts';
import { Refusal } from '../services/errors.ts';
import {
  findMediaForEditor,
  findMediaForPremiumMember,
  findPublicMedia,
  type MediaFileName,
} from '../services/media-serving.ts';
import type { AppContext } from './context.ts';
import { PUBLIC_MEDIA_CACHE, sendMediaNotFound, sendStoredMedia } from './send-media.ts';

/** A premium member's browser may keep the bytes (they never change), a shared cache may not. */
const PREMIUM_CACHE = 'private, max-age=86400';
const EDITOR_ONLY_CACHE = 'private, no-store';

/** Undefined for a refusal: to whoever may not have the file, it does not exist. */
async function unlessRefused<T>(find: () => Promise<T>): Promise<T | undefined> {
  try {
    return await find();
  } catch (error) {
    if (error instanceof Refusal && error.kind === 'forbidden') return undefined;
    throw error;
  }
}

async function findForRequest(
  context: AppContext,
  request: FastifyRequest,
  file: MediaFileName,
): Promise<{ head: StoredMediaHead; cacheControl: string } | undefined> {
  const publicHead = await findPublicMedia(context.db, file, context.billing);
  if (publicHead) return { head: publicHead, cacheControl: PUBLIC_MEDIA_CACHE };
  const user = await context.loginSessions.find(request);
  if (!user) return undefined;
  const premiumHead = await unlessRefused(() =>
    findMediaForPremiumMember(context.db, user, context.billing, file, context.clock()),
  );
  if (premiumHead) return { head: premiumHead, cacheControl: PREMIUM_CACHE };
  const editorHead = await unlessRefused(() => findMediaForEditor(context.db, user, file));
  return editorHead ? { head: editorHead, cacheControl: EDITOR_ONLY_CACHE } : undefined;
}

export function mediaRoutes(context: AppContext): FastifyPluginAsync {
  return async (app) => {
    app.route<{ Params: { name: string } }>({
      method: ['GET', 'HEAD'],
      url: '/media/:name',
      schema: { hide: true },
      handler: async (request, reply) => {
        const file = parseMediaPath(`/media/${request.params.name}`);
        if (!file) return sendMediaNotFound(request, reply);
        const found = await findForRequest(context, request, file);
        if (!found) return sendMediaNotFound(request, reply);
        return sendStoredMedia(context.db, request, reply, found.head, found.cacheControl);
      },
    });
  };
}
