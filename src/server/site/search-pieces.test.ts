import { describe, expect, it } from 'vitest';
import { MATCH_END, MATCH_START } from '../db/repositories/public-pieces.ts';
import { withEllipses } from './search-pieces.ts';

const marked = (word: string) => `${MATCH_START}${word}${MATCH_END}`;
const TEXT = 'The bridge comes first. Then the squat, the hinge and the split squat, one level at a time.';

describe('a search snippet', () => {
  it('is left as it is when it is the whole text, whatever punctuation ends the text', () => {
    const passage = `The ${marked('bridge')} comes first. Then the squat, the hinge and the split squat, one level at a time`;
    expect(withEllipses(passage, TEXT)).toBe(passage);
  });

  it('says where it cuts in: "…" before a passage from the middle, after one that stops short', () => {
    expect(withEllipses(`the ${marked('hinge')} and the split`, TEXT)).toBe(
      `… the ${marked('hinge')} and the split …`,
    );
    expect(withEllipses(`The ${marked('bridge')} comes first`, TEXT)).toBe(
      `The ${marked('bridge')} comes first …`,
    );
    expect(withEllipses(`one level at a ${marked('time')}`, TEXT)).toBe(`… one level at a ${marked('time')}`);
  });

  it('looks at the first and the last of several passages', () => {
    const passages = `The ${marked('bridge')} comes first … the split ${marked('squat')}, one level at a time`;
    expect(withEllipses(passages, TEXT)).toBe(passages);
  });

  it('reads the text with its line breaks and runs of spaces as single spaces', () => {
    expect(withEllipses(`The ${marked('bridge')} comes first`, 'The bridge\n  comes first.')).toBe(
      `The ${marked('bridge')} comes first`,
    );
  });
});
