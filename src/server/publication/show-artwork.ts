import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';

/**
 * The podcast's own artwork (1400×1400 PNG, drawn by src/cli/make-show-artwork.ts), committed with the
 * code. It is stored in media_files like any upload, so its URL is mediaPath(SHOW_ARTWORK) and its id,
 * being the content's hash, moves whenever the drawing does. This is the one place that id comes from.
 */
const bytes = readFileSync(path.join(import.meta.dirname, 'show-artwork.png'));

export const SHOW_ARTWORK = {
  id: createHash('sha256').update(bytes).digest('hex'),
  extension: 'png',
  contentType: 'image/png',
  width: 1400,
  height: 1400,
} as const;

/** Stores the artwork once; safe to run on every boot and from several instances at once. */
export async function storeShowArtwork(db: Kysely<Database>): Promise<void> {
  await db
    .insertInto('media_files')
    .values({
      id: SHOW_ARTWORK.id,
      kind: 'image',
      content_type: SHOW_ARTWORK.contentType,
      extension: SHOW_ARTWORK.extension,
      byte_size: bytes.byteLength,
      width: SHOW_ARTWORK.width,
      height: SHOW_ARTWORK.height,
      data: bytes,
    })
    .onConflict((conflict) => conflict.column('id').doNothing())
    .execute();
}
