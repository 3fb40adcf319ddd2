/**
 * The publication's uploaded files (cover images, episode audio and video, artwork, posters,
 * transcripts, chapters), as an editor uploads them and as the editing screens show them.
 */
import { z } from 'zod';

export const MEDIA_KINDS = ['image', 'audio', 'video', 'transcript', 'chapters'] as const;
export type MediaKind = (typeof MEDIA_KINDS)[number];

/**
 * What an uploaded image is for decides what it must be: a cover (any landscape photo, resized for the
 * page), an episode's or the podcast's artwork (square, 1400–3000 px, JPEG or PNG), a video's poster.
 */
export const IMAGE_PURPOSES = ['cover', 'artwork', 'poster'] as const;
export type ImagePurpose = (typeof IMAGE_PURPOSES)[number];

/** POST /api/editor/media?kind=…[&purpose=…] with the file's bytes as the body (any content type). */
export const mediaUploadQuerySchema = z.object({
  kind: z.enum(MEDIA_KINDS),
  purpose: z.enum(IMAGE_PURPOSES).optional().describe('For images: what the image is for (default cover)'),
});
export type MediaUploadQuery = z.output<typeof mediaUploadQuerySchema>;

export const mediaFileSchema = z.object({
  /** The content's SHA-256 (hex): the same bytes uploaded twice are one file. */
  id: z.string(),
  kind: z.enum(MEDIA_KINDS),
  contentType: z.string(),
  /** Where the public reaches it: /media/<id>.<extension>, never changing. */
  url: z.string(),
  byteSize: z.number().int(),
  width: z.number().int().nullable(),
  height: z.number().int().nullable(),
  durationSeconds: z.number().nullable(),
});
export type MediaFile = z.output<typeof mediaFileSchema>;
