import type { ImagePurpose, MediaFile, MediaKind } from '../../contract/media.ts';
import { requireAccess } from '../access/access.ts';
import type { Executor } from '../db/executor.ts';
import { findMediaFile, insertMediaFileOnce, mediaIdOf } from '../db/repositories/media-files.ts';
import { checkAudio, checkVideo } from '../publication/media-checks/audio-video.ts';
import { checkChapters } from '../publication/media-checks/chapters.ts';
import type { CheckResult } from '../publication/media-checks/check-result.ts';
import { checkImage } from '../publication/media-checks/image.ts';
import { checkTranscript } from '../publication/media-checks/transcript.ts';
import { mediaPath } from '../publication/media-path.ts';
import { type Actor, Refusal } from './errors.ts';

function check(
  bytes: Uint8Array,
  kind: MediaKind,
  purpose: ImagePurpose,
): Promise<CheckResult> | CheckResult {
  switch (kind) {
    case 'image':
      return checkImage(bytes, purpose);
    case 'audio':
      return checkAudio(bytes);
    case 'video':
      return checkVideo(bytes);
    case 'transcript':
      return checkTranscript(bytes);
    case 'chapters':
      return checkChapters(bytes);
  }
}

/**
 * An editor's upload: checked by its content, stored under the SHA-256 of the bytes kept (after any
 * re-encoding), so uploading the same file again is the same file and never a second row.
 */
export async function uploadMedia(
  db: Executor,
  actor: Actor,
  upload: { kind: MediaKind; purpose?: ImagePurpose | undefined; bytes: Uint8Array },
): Promise<{ file: MediaFile; isNew: boolean }> {
  await requireAccess(db, { actor, permission: 'publication.edit' });
  const result = await check(upload.bytes, upload.kind, upload.purpose ?? 'cover');
  if (!result.ok) {
    throw new Refusal('invalid', 'unusable-file', 'This file cannot be used', result.problem, {
      errors: [{ location: 'body', message: result.problem }],
    });
  }
  const { file } = result;
  const id = mediaIdOf(file.bytes);
  const { isNew } = await insertMediaFileOnce(db, {
    id,
    kind: upload.kind,
    contentType: file.contentType,
    extension: file.extension,
    byteSize: file.bytes.byteLength,
    width: file.width,
    height: file.height,
    durationSeconds: file.durationSeconds,
    data: file.bytes,
    uploadedBy: actor.id,
  });
  const stored = await findMediaFile(db, id);
  if (!stored) throw new Error(`media file ${id} vanished after being stored`);
  return {
    isNew,
    file: {
      id: stored.id,
      kind: stored.kind,
      contentType: stored.content_type,
      url: mediaPath({ id: stored.id, extension: stored.extension }),
      byteSize: Number(stored.byte_size),
      width: stored.width,
      height: stored.height,
      durationSeconds: stored.duration_seconds,
    },
  };
}
