/**
 * The editing side of podcast episodes: an editor creates one, fills it in, attaches its files and
 * schedules it for a release or publishes it now. Only a published episode is seen outside these screens.
 */
import { z } from 'zod';
import { clientIdSchema, pageQuerySchema } from './common.ts';
import { mediaFileSchema } from './media.ts';

export const PUBLICATION_STATUSES = ['draft', 'scheduled', 'published'] as const;
export type PublicationStatus = (typeof PUBLICATION_STATUSES)[number];

export const EPISODE_TITLE_MAX = 200;
export const EPISODE_SUMMARY_MAX = 1000;
export const EPISODE_NOTES_MAX = 100_000;

const titleSchema = z
  .string()
  .trim()
  .max(EPISODE_TITLE_MAX, { error: `a title is at most ${EPISODE_TITLE_MAX} characters` });
const mediaIdSchema = z
  .string()
  .regex(/^[0-9a-f]{64}$/, { error: 'expected the id of an uploaded file' })
  .nullable();

export const createEpisodeBodySchema = z.object({
  id: clientIdSchema,
  title: titleSchema.default(''),
});
export type CreateEpisodeBody = z.output<typeof createEpisodeBodySchema>;

export const saveEpisodeBodySchema = z.object({
  title: titleSchema,
  summary: z
    .string()
    .trim()
    .max(EPISODE_SUMMARY_MAX, { error: `a summary is at most ${EPISODE_SUMMARY_MAX} characters` }),
  notesMarkdown: z
    .string()
    .max(EPISODE_NOTES_MAX, { error: `show notes are at most ${EPISODE_NOTES_MAX} characters` }),
  season: z.number().int().min(1).max(1000),
  number: z.number().int().min(0).max(100_000).nullable(),
  explicit: z.boolean(),
  /** A premium piece: heard only by premium members; the public feed lists it without audio. False when left out. */
  isPremium: z.boolean({ error: 'expected true or false' }).default(false),
  articleId: z.string().min(1).max(100).nullable(),
  mediaId: mediaIdSchema,
  posterMediaId: mediaIdSchema,
  artworkMediaId: mediaIdSchema,
  transcriptMediaId: mediaIdSchema,
  chaptersMediaId: mediaIdSchema,
});
export type SaveEpisodeBody = z.output<typeof saveEpisodeBodySchema>;

export const episodeParamsSchema = z.object({ episodeId: clientIdSchema });

export const scheduleEpisodeBodySchema = z.object({
  publishAt: z.iso
    .datetime({ offset: true, error: 'expected a date and time (ISO 8601)' })
    .optional()
    .describe('When to publish it; the next release slot when left out'),
});
export type ScheduleEpisodeBody = z.output<typeof scheduleEpisodeBodySchema>;

export const episodeListQuerySchema = pageQuerySchema;

export const episodeSchema = z.object({
  id: z.string(),
  /** The feed's guid: made at creation, never changed. */
  guid: z.string(),
  slug: z.string(),
  status: z.enum(PUBLICATION_STATUSES),
  title: z.string(),
  summary: z.string(),
  notesMarkdown: z.string(),
  season: z.number().int(),
  number: z.number().int().nullable(),
  explicit: z.boolean(),
  isPremium: z.boolean(),
  articleId: z.string().nullable(),
  media: mediaFileSchema.nullable(),
  poster: mediaFileSchema.nullable(),
  artwork: mediaFileSchema.nullable(),
  transcript: mediaFileSchema.nullable(),
  chapters: mediaFileSchema.nullable(),
  publishAt: z.iso.datetime().nullable(),
  publishedAt: z.iso.datetime().nullable(),
  updatedAt: z.iso.datetime(),
});
export type Episode = z.output<typeof episodeSchema>;

export const episodeListItemSchema = episodeSchema.pick({
  id: true,
  status: true,
  title: true,
  season: true,
  number: true,
  isPremium: true,
  publishAt: true,
  publishedAt: true,
  updatedAt: true,
});
export type EpisodeListItem = z.output<typeof episodeListItemSchema>;

export const episodeListSchema = z.object({
  episodes: z.array(episodeListItemSchema),
  hasMore: z.boolean(),
});
export type EpisodeList = z.output<typeof episodeListSchema>;
