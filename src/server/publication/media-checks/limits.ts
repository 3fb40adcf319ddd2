/**
 * How large each kind of upload may be. Audio and video are held whole in memory while checked and
 * stored as one bytea value, which PGlite takes comfortably at these sizes.
 */
export const MEDIA_MAX_BYTES = {
  image: 15 * 1024 * 1024,
  audio: 150 * 1024 * 1024,
  video: 300 * 1024 * 1024,
  transcript: 2 * 1024 * 1024,
  chapters: 1024 * 1024,
} as const;

export const megabytes = (bytes: number): string => `${Math.round(bytes / (1024 * 1024))} MB`;
