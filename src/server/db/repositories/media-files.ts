import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import type { Executor } from '../executor.ts';
import type { MediaKind } from '../schema.ts';

export interface NewMediaFile {
  id: string;
  kind: MediaKind;
  contentType: string;
  extension: string;
  byteSize: number;
  width: number | null;
  height: number | null;
  durationSeconds: number | null;
  data: Uint8Array;
  /** Who uploaded it; null for the files the app brings itself (the show's artwork, the demo's). */
  uploadedBy: string | null;
}

/** A file's id: the SHA-256 of its bytes, so the same file is stored once and a new one gets a new URL. */
export function mediaIdOf(data: Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

const described = [
  'id',
  'kind',
  'content_type',
  'extension',
  'byte_size',
  'width',
  'height',
  'duration_seconds',
] as const;

/** Stores a file once per content: the same bytes again find the row already there. */
export async function insertMediaFileOnce(db: Executor, file: NewMediaFile): Promise<{ isNew: boolean }> {
  const inserted = await db
    .insertInto('media_files')
    .values({
      id: file.id,
      kind: file.kind,
      content_type: file.contentType,
      extension: file.extension,
      byte_size: file.byteSize,
      width: file.width,
      height: file.height,
      duration_seconds: file.durationSeconds,
      data: file.data,
      uploaded_by: file.uploadedBy,
    })
    .onConflict((conflict) => conflict.column('id').doNothing())
    .returning('id')
    .executeTakeFirst();
  return { isNew: inserted !== undefined };
}

/**
 * Stores bytes the app itself brings (not an editor's upload, which media-uploads.ts checks first) under
 * their hash, and gives the id. Safe on every boot and from several instances at once.
 */
export async function storeOwnMediaFile(
  db: Executor,
  file: {
    kind: MediaKind;
    contentType: string;
    extension: string;
    data: Uint8Array;
    durationSeconds?: number | null;
    width?: number | null;
    height?: number | null;
  },
): Promise<string> {
  const id = mediaIdOf(file.data);
  await insertMediaFileOnce(db, {
    id,
    kind: file.kind,
    contentType: file.contentType,
    extension: file.extension,
    byteSize: file.data.byteLength,
    width: file.width ?? null,
    height: file.height ?? null,
    durationSeconds: file.durationSeconds ?? null,
    data: file.data,
    uploadedBy: null,
  });
  return id;
}

/** What a file is, without its bytes. */
export function findMediaFile(db: Executor, id: string) {
  return db.selectFrom('media_files').select(described).where('id', '=', id).executeTakeFirst();
}

/** A file's bytes, for reading what it holds again (a transcript's words). */
export async function readMediaData(db: Executor, id: string): Promise<Uint8Array | undefined> {
  const row = await db.selectFrom('media_files').select('data').where('id', '=', id).executeTakeFirst();
  return row?.data;
}
// Reading stored files for serving. The bytes are never selected whole: `data` is stored EXTERNAL
// (0014_publication.ts), so substring() reads just the slice asked for.

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
  // A premium episode's audio and transcript are the premium part; its artwork, poster and chapters
  // are shown to everyone with its summary.
  const { rows } = await sql<{ used: boolean }>`
    select exists (
      select 1 from articles where status = 'published' and cover_media_id = ${id}
    ) or exists (
      select 1 from episodes where status = 'published' and ${id} in (poster_media_id, artwork_media_id, chapters_media_id)
    ) or exists (
      select 1 from episodes where status = 'published' and not is_premium and ${id} in (media_id, transcript_media_id)
    ) as used
  `.execute(db);
  return rows[0]?.used === true;
}

/** Whether the file is the audio or transcript of a published premium episode. */
export async function isPremiumEpisodeMedia(db: Executor, id: string): Promise<boolean> {
  const { rows } = await sql<{ used: boolean }>`
    select exists (
      select 1 from episodes where status = 'published' and is_premium and ${id} in (media_id, transcript_media_id)
    ) as used
  `.execute(db);
  return rows[0]?.used === true;
}
