import { Readable } from 'node:stream';
import type { Executor } from '../db/executor.ts';
import { readMediaBytes } from '../db/repositories/media-files.ts';

/** One query's worth: an episode's 150 MB audio goes out a mebibyte at a time, never whole in memory. */
export const MEDIA_CHUNK_BYTES = 1024 * 1024;

/**
 * Bytes `start`..`end` (inclusive) of a stored file: read at once when they fit one chunk, otherwise as
 * a stream that asks the database for the next chunk only when the client has taken the last one.
 */
export async function mediaBody(
  db: Executor,
  id: string,
  start: number,
  end: number,
): Promise<Buffer | Readable> {
  const length = end - start + 1;
  if (length <= MEDIA_CHUNK_BYTES) return readMediaBytes(db, id, start, length);
  let offset = start;
  return new Readable({
    read() {
      if (offset > end) {
        this.push(null);
        return;
      }
      const chunkLength = Math.min(MEDIA_CHUNK_BYTES, end - offset + 1);
      readMediaBytes(db, id, offset, chunkLength).then(
        (chunk) => {
          if (chunk.length !== chunkLength) {
            this.destroy(new Error(`media file ${id} ended early at byte ${offset + chunk.length}`));
            return;
          }
          offset += chunkLength;
          this.push(chunk);
        },
        (error: unknown) => this.destroy(error instanceof Error ? error : new Error(String(error))),
      );
    },
  });
}
