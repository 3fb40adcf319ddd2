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
  uploadedBy: string;
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

/** What a file is, without its bytes. */
export function findMediaFile(db: Executor, id: string) {
  return db.selectFrom('media_files').select(described).where('id', '=', id).executeTakeFirst();
}

/** A file's bytes, for reading what it holds again (a transcript's words). */
export async function readMediaData(db: Executor, id: string): Promise<Uint8Array | undefined> {
  const row = await db.selectFrom('media_files').select('data').where('id', '=', id).executeTakeFirst();
  return row?.data;
}
