import { describe, expect, it } from 'vitest';
import { slugFromTitle, uniqueSlug } from './slug.ts';

describe('slugFromTitle', () => {
  it('joins the lowercase words with hyphens', () => {
    expect(slugFromTitle('Knees out: why it matters')).toBe('knees-out-why-it-matters');
  });
  it('drops accents and apostrophes rather than splitting on them', () => {
    expect(slugFromTitle('The bridge’s café rôle')).toBe('the-bridges-cafe-role');
  });
  it('stops at a whole word before 80 characters', () => {
    const slug = slugFromTitle('word '.repeat(40));
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug.endsWith('word')).toBe(true);
  });
  it('gives "article" for a title with nothing to use', () => {
    expect(slugFromTitle('!!! ???')).toBe('article');
  });
});

describe('uniqueSlug', () => {
  it('keeps a free slug and numbers a taken one from 2', () => {
    expect(uniqueSlug('squat', new Set())).toBe('squat');
    expect(uniqueSlug('squat', new Set(['squat', 'squat-2']))).toBe('squat-3');
  });
});
