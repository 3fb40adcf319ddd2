import type { Article, SaveArticleBody } from '../../../contract/editor-articles.ts';
import type { ExerciseId } from '../../../core/catalogue/types.ts';

/** The editing form as typed: tags as one comma-separated line, everything else as the API has it. */
export interface ArticleForm {
  title: string;
  slug: string;
  summary: string;
  tags: string;
  exercises: ExerciseId[];
  phases: number[];
  coverMediaId: string | null;
  coverUrl: string | null;
  coverAlt: string;
  isPremium: boolean;
  bodyMarkdown: string;
}

export function formOf(article: Article): ArticleForm {
  return {
    title: article.title,
    slug: article.slug,
    summary: article.summary,
    tags: article.tags.join(', '),
    exercises: article.exercises as ExerciseId[],
    phases: article.phases,
    coverMediaId: article.coverMediaId,
    coverUrl: article.coverUrl,
    coverAlt: article.coverAlt,
    isPremium: article.isPremium,
    bodyMarkdown: article.bodyMarkdown,
  };
}

/** "Hips, Hip hinge" → ["hips", "hip-hinge"]: tags are lowercase words joined by hyphens. */
export function tagsOf(line: string): string[] {
  return line
    .split(',')
    .map((tag) => tag.trim().toLowerCase().replace(/\s+/g, '-'))
    .filter(Boolean);
}

/**
 * The save request for the form, started from `baseRevision`. A slug is sent only when the editor changed
 * it while a draft; otherwise a draft's slug follows its title.
 */
export function saveBodyOf(
  form: ArticleForm,
  saved: { revision: number; slug: string; isDraft: boolean },
): SaveArticleBody {
  const slug = form.slug.trim();
  return {
    baseRevision: saved.revision,
    title: form.title,
    summary: form.summary,
    bodyMarkdown: form.bodyMarkdown,
    tags: tagsOf(form.tags),
    exercises: form.exercises,
    phases: form.phases,
    coverMediaId: form.coverMediaId,
    coverAlt: form.coverAlt,
    isPremium: form.isPremium,
    ...(saved.isDraft && slug !== '' && slug !== saved.slug ? { slug } : {}),
  };
}

/** Adds or removes one value of a checkbox group, keeping the group's order. */
export function toggled<T>(all: readonly T[], chosen: readonly T[], value: T, isOn: boolean): T[] {
  return all.filter((item) => (item === value ? isOn : chosen.includes(item)));
}
