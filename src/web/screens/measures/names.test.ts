import { describe, expect, it } from 'vitest';
import { INSTRUMENT_IDS } from '../../../core/outcomes/instrument.ts';
import { aboutMinutes, dueSentence, fullName, joinNames, minutesFor, plainName } from './names.ts';

describe('naming the check-ups due', () => {
  it('joins plain names as a sentence would', () => {
    expect(joinNames([])).toBe('');
    expect(joinNames(['pain'])).toBe('back pain rating');
    expect(joinNames(['oswestry', 'chair-stand'])).toBe('back function questionnaire and chair stand test');
    expect(joinNames(['oswestry', 'pain', 'start-back'])).toBe(
      'back function questionnaire, back pain rating and back pain impact questionnaire',
    );
  });

  it('never shows a bare instrument name where a plain one goes', () => {
    for (const id of INSTRUMENT_IDS) {
      expect(plainName(id)).not.toMatch(/Oswestry|Roland|STarT|HOOS|Keele/);
      expect(fullName(id)).not.toBe(plainName(id));
    }
    expect(fullName('oswestry')).toBe('Oswestry Disability Index');
  });

  it('adds up the minutes, to the nearest five once past five', () => {
    expect(minutesFor(['pain'])).toBe(1);
    expect(minutesFor(['oswestry', 'chair-stand'])).toBe(5);
    expect(minutesFor(['oswestry', 'pain', 'start-back', 'chair-stand', 'hoos-12'])).toBe(10);
    expect(aboutMinutes(['pain'])).toBe('about 1 minute');
  });

  it('says how many are due, which, and how long they take', () => {
    expect(dueSentence(['oswestry', 'chair-stand'])).toBe(
      '2 check-ups due: back function questionnaire and chair stand test, about 5 minutes.',
    );
    expect(dueSentence(['pain'])).toBe('1 check-up due: back pain rating, about 1 minute.');
  });
});
