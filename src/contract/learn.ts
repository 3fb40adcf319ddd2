import { z } from 'zod';

/** The Learn tab: the published articles, those that fit the member first, and the latest episode. */
export const learnEpisodeSchema = z.object({
  title: z.string(),
  slug: z.string(),
  /** For premium members: its audio is served only to members whose tier includes it. */
  isPremium: z.boolean(),
  /** The audio file's path, /media/<sha256>.<ext>. */
  audioUrl: z.string(),
  contentType: z.string(),
  durationSeconds: z.number().nullable(),
});
export type LearnEpisode = z.infer<typeof learnEpisodeSchema>;

export const learnArticleSchema = z.object({
  title: z.string(),
  summary: z.string(),
  /** The public article page, /articles/:slug (server-rendered). */
  url: z.string(),
  tags: z.array(z.string()),
  exercises: z.array(z.string()),
  phases: z.array(z.int()),
  /** Read whole by premium members; others see its summary and how to join. */
  isPremium: z.boolean(),
  publishedAt: z.iso.datetime(),
  episode: learnEpisodeSchema.nullable(),
});
export type LearnArticle = z.infer<typeof learnArticleSchema>;

export const learnSchema = z.object({
  /** Whether the order fits the member's phase and plan; false: newest first (no plan, or no consent). */
  isForWhereYouAre: z.boolean(),
  articles: z.array(learnArticleSchema),
  latestEpisode: learnEpisodeSchema.nullable(),
});
export type Learn = z.infer<typeof learnSchema>;

/** The published articles about one exercise, newest first (public: articles are). */
export const exerciseArticlesSchema = z.object({ articles: z.array(learnArticleSchema) });
export type ExerciseArticles = z.infer<typeof exerciseArticlesSchema>;
export const exerciseArticlesParamsSchema = z.object({ exerciseId: z.string().max(100) });
