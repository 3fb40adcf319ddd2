/**
 * Reading stored files for serving. The bytes are never selected whole: `data` is stored EXTERNAL
 * (0014_publication.ts), so substring() reads just the slice asked for.
 */
import { sql } from 'kysely';
import type { Executor } from '../executor.ts';

export interface StoredMediaHead {
  id: string;
  extension: string;
  contentType: string;
  byteSize: number;
  createdAt: Date;
}

/** The file's description without its bytes, or undefined when no file has this id and extension. */
export async function findMediaHead(
  db: Executor,
  file: { id: string; extension: string },
): Promise<StoredMediaHead | undefined> {
  const row = await db
    .selectFrom('media_files')
    .select(['id', 'extension', 'content_type', 'byte_size', 'created_at'])
    .where('id', '=', file.id)
    .where('extension', '=', file.extension)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    id: row.id,
    extension: row.extension,
    contentType: row.content_type,
    byteSize: Number(row.byte_size),
    createdAt: new Date(row.created_at),
  };
}

/** `length` bytes of the file from `offset` (zero-based). */
export async function readMediaBytes(
  db: Executor,
  id: string,
  offset: number,
  length: number,
): Promise<Buffer> {
  const { rows } = await sql<{ slice: Uint8Array }>`
    select substring(data from ${offset + 1} for ${length}) as slice from media_files where id = ${id}
  `.execute(db);
  const slice = rows[0]?.slice;
  if (!slice) throw new Error(`media file ${id} is gone`);
  return Buffer.from(slice.buffer, slice.byteOffset, slice.byteLength);
}

/** Whether a published article or episode uses the file (cover, audio or video, poster, artwork, transcript, chapters). */
export async function isUsedByPublishedItem(db: Executor, id: string): Promise<boolean> {
  const { rows } = await sql<{ used: boolean }>`
    select exists (
      select 1 from articles where status = 'published' and cover_media_id = ${id}
    ) or exists (
      select 1 from episodes where status = 'published' and ${id} in
        (media_id, poster_media_id, artwork_media_id, transcript_media_id, chapters_media_id)
    ) as used
  `.execute(db);
  return rows[0]?.used === true;
}
