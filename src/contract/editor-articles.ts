/**
 * Writing articles (editors only): drafts, saves kept as revisions, and the moves between draft, scheduled
 * and published. Only a published article is seen anywhere outside these screens.
 */
import { z } from 'zod';
import { EXERCISE_IDS } from '../core/catalogue/types.ts';
import { clientIdSchema } from './common.ts';

export const ARTICLE_LIMITS = {
  title: 120,
  summary: 300,
  body: 100_000,
  tags: 8,
  tag: 30,
  coverAlt: 300,
  slug: 100,
} as const;

export const ARTICLE_STATUSES = ['draft', 'scheduled', 'published'] as const;
export type ArticleStatus = (typeof ARTICLE_STATUSES)[number];

export const PHASES = [1, 2, 3, 4, 5] as const;

const tagSchema = z
  .string()
  .trim()
  .min(1, 'a tag cannot be empty')
  .max(ARTICLE_LIMITS.tag, `a tag is at most ${ARTICLE_LIMITS.tag} characters`)
  .regex(/^[a-z]+(-[a-z]+)*$/, 'a tag is lowercase words joined by hyphens, like "hip-hinge"');

/** Lowercase words and digits joined by single hyphens: the article's address, /articles/<slug>. */
export const slugSchema = z
  .string()
  .trim()
  .min(1, 'a slug cannot be empty')
  .max(ARTICLE_LIMITS.slug, `a slug is at most ${ARTICLE_LIMITS.slug} characters`)
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a slug is lowercase letters and digits joined by hyphens');

const distinct = <T>(values: T[]) => new Set(values).size === values.length;

/** A media file's id: its content's SHA-256 in hex. */
const mediaIdSchema = z.string().regex(/^[0-9a-f]{64}$/, 'expected the id of an uploaded file');

export const articleContentSchema = z.object({
  title: z
    .string()
    .trim()
    .min(1, 'an article needs a title')
    .max(ARTICLE_LIMITS.title, `a title is at most ${ARTICLE_LIMITS.title} characters`),
  summary: z
    .string()
    .trim()
    .max(ARTICLE_LIMITS.summary, `a summary is at most ${ARTICLE_LIMITS.summary} characters`)
    .default(''),
  bodyMarkdown: z
    .string()
    .max(ARTICLE_LIMITS.body, `the text is at most ${ARTICLE_LIMITS.body.toLocaleString('en')} characters`)
    .default(''),
  tags: z
    .array(tagSchema)
    .max(ARTICLE_LIMITS.tags, `at most ${ARTICLE_LIMITS.tags} tags`)
    .refine(distinct, 'each tag once')
    .default([]),
  exercises: z
    .array(z.enum(EXERCISE_IDS, { error: `an exercise is one of ${EXERCISE_IDS.join(', ')}` }))
    .max(EXERCISE_IDS.length)
    .refine(distinct, 'each exercise once')
    .default([]),
  phases: z
    .array(z.number().int().min(1, 'a phase is 1 to 5').max(5, 'a phase is 1 to 5'))
    .max(PHASES.length)
    .refine(distinct, 'each phase once')
    .default([]),
  coverMediaId: mediaIdSchema.nullable().default(null),
  coverAlt: z
    .string()
    .trim()
    .max(ARTICLE_LIMITS.coverAlt, `a description is at most ${ARTICLE_LIMITS.coverAlt} characters`)
    .default(''),
  /** A premium piece: free readers see the title, the summary and how to join. False when left out. */
  isPremium: z.boolean({ error: 'expected true or false' }).default(false),
});
export type ArticleContent = z.output<typeof articleContentSchema>;

export const createArticleBodySchema = articleContentSchema.extend({ id: clientIdSchema }).strict();
export type CreateArticleBody = z.input<typeof createArticleBodySchema>;

const revisionNumberSchema = z.number().int().min(1).max(1_000_000);

export const saveArticleBodySchema = articleContentSchema
  .extend({
    /** The revision this save started from: if someone saved since, the save is refused (409). */
    baseRevision: revisionNumberSchema,
    /** Changeable while a draft; without it a draft's slug follows the title. */
    slug: slugSchema.optional(),
  })
  .strict();
export type SaveArticleBody = z.input<typeof saveArticleBodySchema>;

export const restoreRevisionBodySchema = z.object({ baseRevision: revisionNumberSchema }).strict();
export type RestoreRevisionBody = z.input<typeof restoreRevisionBodySchema>;

export const scheduleArticleBodySchema = z
  .object({
    publishAt: z.iso
      .datetime({ offset: true, error: 'expected a date and time (ISO 8601)' })
      .optional()
      .describe('When to publish; by default the next release slot'),
  })
  .strict();
export type ScheduleArticleBody = z.input<typeof scheduleArticleBodySchema>;

export const articleParamsSchema = z.object({ articleId: clientIdSchema });
export const revisionParamsSchema = articleParamsSchema.extend({
  revision: z.coerce.number().int().min(1).max(1_000_000),
});

export const articleListQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(50),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});

export const articleSchema = z.object({
  id: z.string(),
  slug: z.string(),
  status: z.enum(ARTICLE_STATUSES),
  title: z.string(),
  summary: z.string(),
  bodyMarkdown: z.string(),
  tags: z.array(z.string()),
  exercises: z.array(z.string()),
  phases: z.array(z.number().int()),
  coverMediaId: z.string().nullable(),
  /** Where the cover is served, /media/<id>.<ext>; null without one. */
  coverUrl: z.string().nullable(),
  coverAlt: z.string(),
  isPremium: z.boolean(),
  publishAt: z.iso.datetime().nullable(),
  publishedAt: z.iso.datetime().nullable(),
  /** Once published it can be unpublished, never deleted. */
  wasPublished: z.boolean(),
  revision: z.number().int(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type Article = z.infer<typeof articleSchema>;

/** When releases happen, so a screen can offer the next slot and show times in the publication's zone. */
export const releaseScheduleSchema = z.object({
  timeZone: z.string(),
  /** The next release slot from now (ISO 8601, UTC). */
  nextSlot: z.iso.datetime(),
});
export type ReleaseScheduleInfo = z.infer<typeof releaseScheduleSchema>;

export const articleWithScheduleSchema = z.object({
  article: articleSchema,
  schedule: releaseScheduleSchema,
});
export type ArticleWithSchedule = z.infer<typeof articleWithScheduleSchema>;

export const articleSummarySchema = articleSchema.pick({
  id: true,
  slug: true,
  status: true,
  title: true,
  isPremium: true,
  publishAt: true,
  publishedAt: true,
  revision: true,
  updatedAt: true,
});
export type ArticleSummary = z.infer<typeof articleSummarySchema>;

export const articleListSchema = z.object({
  articles: z.array(articleSummarySchema),
  total: z.number().int(),
  schedule: releaseScheduleSchema,
});
export type ArticleList = z.infer<typeof articleListSchema>;

export const revisionSummarySchema = z.object({
  revision: z.number().int(),
  title: z.string(),
  savedAt: z.iso.datetime(),
  /** Who saved it; null when that account is gone. */
  savedBy: z.string().nullable(),
});
export type RevisionSummary = z.infer<typeof revisionSummarySchema>;

export const revisionListSchema = z.object({ revisions: z.array(revisionSummarySchema) });
export type RevisionList = z.infer<typeof revisionListSchema>;

export const revisionSchema = revisionSummarySchema.extend({
  summary: z.string(),
  bodyMarkdown: z.string(),
  tags: z.array(z.string()),
  exercises: z.array(z.string()),
  phases: z.array(z.number().int()),
  coverMediaId: z.string().nullable(),
  coverAlt: z.string(),
  isPremium: z.boolean(),
});
export type Revision = z.infer<typeof revisionSchema>;
