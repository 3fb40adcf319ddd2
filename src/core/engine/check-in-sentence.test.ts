import { describe, expect, it } from 'vitest';
import { checkInFineSentence } from './sentences.ts';

describe('the sentence after a check-in that changes no exercise', () => {
  it('calls a morning better than before the workout good news', () => {
    const sentence = checkInFineSentence(2, 4);
    expect(sentence).toMatch(
      /^Your back was 2\/10 this morning against 4\/10 before the workout: that is good news/,
    );
    expect(sentence).not.toMatch(/nothing changes/);
  });

  it('says the body took the workout well when the morning is the same as before', () => {
    expect(checkInFineSentence(3, 3)).toContain('the same as before: your body took the workout well');
  });

  it('reads a point worse as the usual ups and downs, not as good news', () => {
    const sentence = checkInFineSentence(4, 3);
    expect(sentence).toContain('within the usual ups and downs');
    expect(sentence).not.toContain('good news');
  });

  it('says nothing cheerful about pain high enough to pause the plan, even when it is lower than before', () => {
    expect(checkInFineSentence(8, 9)).toBe(
      'Your back was 8/10 this morning against 9/10 before the workout.',
    );
  });
});
