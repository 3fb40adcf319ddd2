import { describe, expect, it } from 'vitest';
import { type ArticleForm, saveBodyOf, tagsOf, toggled } from './article-form.ts';

const form: ArticleForm = {
  title: 'Knees out',
  slug: 'knees-out',
  summary: '',
  tags: 'Knees, Hip hinge,',
  exercises: ['squat'],
  phases: [2],
  coverMediaId: null,
  coverUrl: null,
  coverAlt: '',
  isPremium: true,
  bodyMarkdown: 'Text',
};

describe('the article form', () => {
  it('reads tags as lowercase words joined by hyphens', () => {
    expect(tagsOf('Knees, Hip hinge,')).toEqual(['knees', 'hip-hinge']);
  });
  it('sends a slug only when changed while a draft, so an unchanged one follows the title', () => {
    expect(saveBodyOf(form, { revision: 3, slug: 'old', isDraft: true })).toMatchObject({
      baseRevision: 3,
      slug: 'knees-out',
      tags: ['knees', 'hip-hinge'],
      isPremium: true,
    });
    expect(saveBodyOf(form, { revision: 3, slug: 'knees-out', isDraft: true })).not.toHaveProperty('slug');
    expect(saveBodyOf(form, { revision: 3, slug: 'old', isDraft: false })).not.toHaveProperty('slug');
  });
  it('keeps a checkbox group in its own order', () => {
    expect(toggled([1, 2, 3, 4, 5], [4, 2], 1, true)).toEqual([1, 2, 4]);
    expect(toggled([1, 2, 3], [1, 2], 2, false)).toEqual([1]);
  });
});
