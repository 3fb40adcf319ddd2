import type { EpisodeListItem } from '../../../contract/editor-episodes.ts';
import type { MediaFile } from '../../../contract/media.ts';

/** "12.3 MB", "640 KB": how big a file is, as an editor reads it. */
export function sizeWords(bytes: number): string {
  if (bytes >= 1_000_000) return `${(bytes / 1_000_000).toFixed(1)} MB`;
  return `${Math.max(1, Math.round(bytes / 1000))} KB`;
}

/** "3:05", "1:02:09". */
export function durationWords(seconds: number): string {
  const whole = Math.round(seconds);
  const hours = Math.floor(whole / 3600);
  const minutes = Math.floor((whole % 3600) / 60);
  const rest = String(whole % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${rest}` : `${minutes}:${rest}`;
}

/** What was read from an uploaded file: "MP3 audio, 3:05, 1.2 MB" or "JPEG image, 1600 × 900 px, 210 KB". */
export function fileWords(file: MediaFile): string {
  const parts = [file.contentType];
  if (file.durationSeconds !== null) parts.push(durationWords(file.durationSeconds));
  if (file.width !== null && file.height !== null) parts.push(`${file.width} × ${file.height} px`);
  parts.push(sizeWords(file.byteSize));
  return parts.join(', ');
}

const when = (iso: string) =>
  new Date(iso).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

/** "Draft", "Scheduled for 6 Dec 2026, 07:00", "Published 3 Dec 2026, 10:00". */
export function statusWords(episode: Pick<EpisodeListItem, 'status' | 'publishAt' | 'publishedAt'>): string {
  if (episode.status === 'scheduled' && episode.publishAt) return `Scheduled for ${when(episode.publishAt)}`;
  if (episode.status === 'published' && episode.publishedAt) return `Published ${when(episode.publishedAt)}`;
  return 'Draft';
}
