import { describe, expect, it } from 'vitest';
import { redFlagAnswersSchema } from './answers-schema.ts';
import {
  noRedFlags,
  RED_FLAG_QUESTION_IDS,
  RED_FLAG_QUESTIONS,
  type RedFlagQuestionId,
} from './questions.ts';
import { EMERGENCY_MESSAGE, screenRedFlags } from './screen.ts';

function yesTo(...ids: RedFlagQuestionId[]) {
  const answers = noRedFlags();
  for (const id of ids) answers[id] = true;
  return answers;
}

describe('the red-flag questions', () => {
  it('ask one plain question per sign, each with an id and a category', () => {
    expect(RED_FLAG_QUESTIONS.map((question) => question.id)).toEqual([...RED_FLAG_QUESTION_IDS]);
    for (const question of RED_FLAG_QUESTIONS) {
      expect(question.text).toMatch(/^[A-Z].*\?$/);
      expect(question.sign.length).toBeGreaterThan(0);
      expect(question.category).toBeTruthy();
    }
  });

  it('give every "see a doctor" sign an urgency, and no emergency sign one', () => {
    for (const question of RED_FLAG_QUESTIONS) {
      const isEmergency = question.category === 'cauda-equina' || question.category === 'neurological';
      expect(question.urgency === undefined).toBe(isEmergency);
    }
  });
});

describe('screenRedFlags', () => {
  it('sends the member to an emergency department in one sentence, naming only the emergency signs', () => {
    const result = screenRedFlags(yesTo('fever', 'bladder-bowel'));
    expect(result.outcome).toBe('emergency');
    expect(result.urgency).toBeUndefined();
    expect(result.reasons.map((reason) => reason.questionId)).toEqual(['bladder-bowel']);
    expect(result.message).toBe(EMERGENCY_MESSAGE);
    expect(result.message).toMatch(/emergency department now/);
    expect(result.message.match(/[.!?]/g)).toHaveLength(1);
  });

  it('asks for a doctor today when any sign needs it, and names every sign to mention', () => {
    const result = screenRedFlags(yesTo('cancer-history', 'fall-or-injury'));
    expect(result).toMatchObject({ outcome: 'see-doctor', urgency: 'same-day' });
    expect(result.message).toContain('today');
    expect(result.message).toContain('a history of cancer and a recent fall or injury');
  });

  it('asks for a doctor in the next day or two when every sign is urgent but not same-day', () => {
    const result = screenRedFlags(yesTo('weight-loss', 'bone-weakness'));
    expect(result).toMatchObject({ outcome: 'see-doctor', urgency: 'urgent' });
    expect(result.message).toContain('in the next day or two');
  });

  it('asks a member with a history of cancer or thin bones to talk to their GP first, without alarm', () => {
    const result = screenRedFlags(yesTo('cancer-history', 'bone-weakness'));
    expect(result).toMatchObject({ outcome: 'see-doctor', urgency: 'before-starting' });
    expect(result.message).toMatch(/^Please talk to your GP before you start/);
    expect(result.message).toContain('a history of cancer and osteoporosis or long-term steroid use');
    expect(result.message).not.toMatch(/urgent|today|emergency|A&E|999/i);
  });

  it('sends a fever or a fall to the GP practice today or NHS 111, as the NHS advises', () => {
    expect(screenRedFlags(yesTo('fever')).message).toMatch(
      /GP practice for an appointment today, or call NHS 111/,
    );
  });

  it('lets the member continue when no sign is present', () => {
    expect(screenRedFlags(noRedFlags())).toMatchObject({ outcome: 'continue', reasons: [] });
  });
});

describe('redFlagAnswersSchema', () => {
  it('refuses a missing answer: an unanswered question is not a "no"', () => {
    const { fever: _skipped, ...partial } = noRedFlags();
    expect(redFlagAnswersSchema.safeParse(partial).success).toBe(false);
    expect(redFlagAnswersSchema.safeParse({ ...noRedFlags(), fever: 'no' }).success).toBe(false);
    expect(redFlagAnswersSchema.safeParse({ ...noRedFlags(), headache: true }).success).toBe(false);
    expect(redFlagAnswersSchema.parse(noRedFlags())).toEqual(noRedFlags());
  });
});
