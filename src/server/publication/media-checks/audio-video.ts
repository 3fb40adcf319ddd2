/**
 * Episode audio and video, recognised by their content: the container by its signature (file-type),
 * the codecs and the duration by parsing the file (music-metadata), so a renamed file or a guessed
 * length never reaches a feed. Podcast apps play MP3 and AAC audio, and H.264 + AAC video in MP4.
 */
import { fileTypeFromBuffer } from 'file-type';
import { parseBuffer } from 'music-metadata';
import { type CheckResult, refuse } from './check-result.ts';
import { MEDIA_MAX_BYTES, megabytes } from './limits.ts';

type Parsed = { codecs: string[]; hasVideo: boolean; duration: number | undefined };

async function parse(bytes: Uint8Array): Promise<Parsed | null> {
  try {
    const { format } = await parseBuffer(bytes, undefined, { duration: true, skipCovers: true });
    const codecs = [format.codec ?? '', ...(format.trackInfo ?? []).map((track) => track.codecName ?? '')];
    return { codecs, hasVideo: format.hasVideo === true, duration: format.duration };
  } catch {
    return null;
  }
}

const isAac = (codecs: string[]) => codecs.some((codec) => /AAC/i.test(codec));
const isH264 = (codecs: string[]) => codecs.some((codec) => /avc1|avc3|H\.?264/i.test(codec));
const isMp3 = (codecs: string[]) => codecs.some((codec) => /Layer 3/i.test(codec));

const hasDuration = (duration: number | undefined): duration is number =>
  duration !== undefined && Number.isFinite(duration) && duration > 0;

const MP4_FAMILY = new Set(['mp4', 'm4a', 'm4v', 'mov']);

export async function checkAudio(bytes: Uint8Array): Promise<CheckResult> {
  if (bytes.byteLength > MEDIA_MAX_BYTES.audio)
    return refuse(`Audio may be at most ${megabytes(MEDIA_MAX_BYTES.audio)}.`);
  const type = await fileTypeFromBuffer(bytes);
  const parsed = type ? await parse(bytes) : null;
  if (!type || !parsed)
    return refuse('This is not an audio file that can be read; upload an MP3 or an M4A (AAC).');
  let encoding: { contentType: string; extension: string } | null = null;
  if (type.ext === 'mp3' && isMp3(parsed.codecs)) encoding = { contentType: 'audio/mpeg', extension: 'mp3' };
  else if (MP4_FAMILY.has(type.ext) && !parsed.hasVideo && isAac(parsed.codecs)) {
    encoding = { contentType: 'audio/mp4', extension: 'm4a' };
  }
  if (!encoding) {
    const seen = parsed.hasVideo
      ? 'a video'
      : `${type.ext.toUpperCase()} (${parsed.codecs.filter(Boolean)[0] ?? 'unknown'})`;
    return refuse(`This is ${seen}, but episode audio must be MP3 or M4A (AAC).`);
  }
  if (!hasDuration(parsed.duration)) return refuse('The length of this audio cannot be read from the file.');
  return {
    ok: true,
    file: { bytes, ...encoding, width: null, height: null, durationSeconds: parsed.duration, text: null },
  };
}

export async function checkVideo(bytes: Uint8Array): Promise<CheckResult> {
  if (bytes.byteLength > MEDIA_MAX_BYTES.video)
    return refuse(`Video may be at most ${megabytes(MEDIA_MAX_BYTES.video)}.`);
  const type = await fileTypeFromBuffer(bytes);
  const parsed = type ? await parse(bytes) : null;
  if (!type || !parsed)
    return refuse('This is not a video file that can be read; upload an MP4 (H.264 and AAC).');
  if (!MP4_FAMILY.has(type.ext) || !parsed.hasVideo) {
    return refuse(
      `This is ${type.ext.toUpperCase()} without a video track, but an episode video must be MP4 (H.264 and AAC).`,
    );
  }
  if (!isH264(parsed.codecs) || !isAac(parsed.codecs)) {
    const codecs = parsed.codecs.filter(Boolean).join(', ') || 'unknown codecs';
    return refuse(`This MP4 uses ${codecs}, but an episode video must be H.264 video with AAC audio.`);
  }
  if (!hasDuration(parsed.duration)) return refuse('The length of this video cannot be read from the file.');
  return {
    ok: true,
    file: {
      bytes,
      contentType: 'video/mp4',
      extension: 'mp4',
      width: null,
      height: null,
      durationSeconds: parsed.duration,
      text: null,
    },
  };
}
