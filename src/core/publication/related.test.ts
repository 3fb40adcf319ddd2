import { describe, expect, it } from 'vitest';
import { relatedArticles } from './related.ts';
import { isoDuration, parseCues } from './transcript-cues.ts';

const piece = (id: string, tags: string[], exercises: string[], phases: number[], text: string) => ({
  id,
  tags,
  exercises,
  phases,
  text,
});

describe('related articles', () => {
  const article = piece('a', ['bridge'], ['glute-bridge'], [1], 'the glute bridge wakes the hips');
  const candidates = [
    piece('a', ['bridge'], ['glute-bridge'], [1], 'the glute bridge wakes the hips'),
    piece('far', ['sleep'], [], [], 'pillows and mattresses for sleeping'),
    piece('near', ['bridge'], ['glute-bridge'], [1], 'a bridge for the hips, glute first'),
    piece('phase3', ['squat'], ['squat'], [3], 'the squat with a band'),
  ];

  it('ranks shared tags, exercises and words first, and never lists the article itself', () => {
    const ids = relatedArticles(article, candidates, { count: 3 }).map((r) => r.piece.id);
    expect(ids[0]).toBe('near');
    expect(ids).not.toContain('a');
    expect(ids).toHaveLength(3);
  });

  it('for a member in phase 3 with squats, lifts what fits and marks it', () => {
    const related = relatedArticles(article, candidates, {
      count: 3,
      member: { phase: 3, exerciseIds: ['squat'] },
    });
    const phase3 = related.find((r) => r.piece.id === 'phase3');
    expect(phase3?.isForWhereYouAre).toBe(true);
    expect(related.find((r) => r.piece.id === 'far')?.isForWhereYouAre).toBe(false);
  });
});

describe('transcript cues', () => {
  it('reads WebVTT and SRT timings and drops voice tags', () => {
    expect(parseCues('WEBVTT\n\n00:00:01.000 --> 00:00:03.500\n<v Ana>Bridge first.\n')).toEqual([
      { start: 1, end: 3.5, text: 'Bridge first.' },
    ]);
    expect(parseCues('1\n00:01:00,000 --> 00:01:02,000\nThen squat.\n')).toEqual([
      { start: 60, end: 62, text: 'Then squat.' },
    ]);
    expect(isoDuration(3725)).toBe('PT1H2M5S');
  });
});
