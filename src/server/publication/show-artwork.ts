import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Kysely } from 'kysely';
import { mediaIdOf, storeOwnMediaFile } from '../db/repositories/media-files.ts';
import type { Database } from '../db/schema.ts';

/**
 * The podcast's own artwork (1400×1400 PNG, drawn by src/cli/make-show-artwork.ts), committed with the
 * code. It is stored in media_files like any upload, so its URL is mediaPath(SHOW_ARTWORK) and its id,
 * being the content's hash, moves whenever the drawing does. This is the one place that id comes from.
 */
const bytes = readFileSync(path.join(import.meta.dirname, 'show-artwork.png'));

export const SHOW_ARTWORK = {
  id: mediaIdOf(bytes),
  extension: 'png',
  contentType: 'image/png',
  width: 1400,
  height: 1400,
} as const;

/** Stores the artwork once; safe to run on every boot and from several instances at once. */
export async function storeShowArtwork(db: Kysely<Database>): Promise<void> {
  await storeOwnMediaFile(db, {
    kind: 'image',
    contentType: SHOW_ARTWORK.contentType,
    extension: SHOW_ARTWORK.extension,
    width: SHOW_ARTWORK.width,
    height: SHOW_ARTWORK.height,
    data: bytes,
  });
}
