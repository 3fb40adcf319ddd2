import { describe, expect, it } from 'vitest';
import { aboutMinutes, dueSentence, joinNames, minutesFor } from './names.ts';

describe('naming the check-ups due', () => {
  it('joins names as a sentence would', () => {
    expect(joinNames([])).toBe('');
    expect(joinNames(['pain'])).toBe('pain');
    expect(joinNames(['oswestry', 'chair-stand'])).toBe('Oswestry and chair stand');
    expect(joinNames(['oswestry', 'pain', 'start-back'])).toBe('Oswestry, pain and STarT Back');
  });

  it('adds up the minutes, to the nearest five once past five', () => {
    expect(minutesFor(['pain'])).toBe(1);
    expect(minutesFor(['oswestry', 'chair-stand'])).toBe(5);
    expect(minutesFor(['oswestry', 'pain', 'start-back', 'chair-stand', 'hoos-12'])).toBe(10);
    expect(aboutMinutes(['pain'])).toBe('about 1 minute');
  });

  it('says how many are due, which, and how long they take', () => {
    expect(dueSentence(['oswestry', 'chair-stand'])).toBe(
      '2 check-ups due: Oswestry and chair stand, about 5 minutes.',
    );
    expect(dueSentence(['pain'])).toBe('1 check-up due: pain, about 1 minute.');
  });
});
