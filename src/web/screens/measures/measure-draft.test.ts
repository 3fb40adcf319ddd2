import { describe, expect, it } from 'vitest';
import type { InstrumentDefinition } from '../../../contract/measures.ts';
import { OSWESTRY } from '../../../core/outcomes/oswestry.ts';
import { memoryStorage, stored } from '../../offline/stored.ts';
import {
  chairStandAnswers,
  choiceAnswers,
  currentStep,
  emptyDraft,
  type MeasureDraft,
  openItems,
  withAnswer,
  withSkipped,
  withSubmission,
  withTyped,
} from './measure-draft.ts';

const oswestry = {
  id: 'oswestry',
  items: OSWESTRY.items.map((item) => ({ id: item.id, text: item.text, answer: item.answer })),
} as unknown as InstrumentDefinition;

let ids = 0;
const makeId = () => `attempt-${++ids}`;

describe('a questionnaire draft', () => {
  it('keeps the id of an attempt for a retry of the same answers', () => {
    const answered = withAnswer(emptyDraft('2026-03-02'), 'lifting', 2);
    const first = withSubmission(answered, '2026-03-02', makeId);
    const retry = withSubmission(first.draft, '2026-03-03', makeId);
    expect(retry.submission).toEqual(first.submission);
    expect(retry.submission.takenOn).toBe('2026-03-02');
  });

  it('makes a new attempt once an answer changes, since the old id belongs to the old answers', () => {
    const sent = withSubmission(withAnswer(emptyDraft('2026-03-02'), 'lifting', 2), '2026-03-02', makeId);
    const changed = withAnswer(sent.draft, 'lifting', 3);
    expect(changed.submission).toBeNull();
    expect(withSubmission(changed, '2026-03-02', makeId).submission.id).not.toBe(sent.submission.id);
    // Choosing the same answer again is no change.
    expect(withAnswer(sent.draft, 'lifting', 2).submission).toEqual(sent.submission);
    expect(withTyped(sent.draft, 'stands', '12').submission).toBeNull();
  });

  it('leaves a skipped section out of what is sent, and answering it brings it back', () => {
    let draft: MeasureDraft = withAnswer(emptyDraft('2026-03-02'), 'pain-intensity', 2);
    draft = withAnswer(draft, 'sex-life', 1);
    draft = withSkipped(draft, 'sex-life');
    expect(choiceAnswers(oswestry, draft)).toEqual({ 'pain-intensity': 2 });
    expect(openItems(oswestry, draft)).not.toContain('sex-life');
    expect(openItems(oswestry, draft)).toHaveLength(8);
    draft = withAnswer(draft, 'sex-life', 0);
    expect(draft.skipped).toEqual([]);
    expect(choiceAnswers(oswestry, draft)).toEqual({ 'pain-intensity': 2, 'sex-life': 0 });
  });

  it('comes back at the same question, kept within the questionnaire', () => {
    expect(currentStep({ ...emptyDraft('2026-03-02'), step: 4 }, 10)).toBe(4);
    expect(currentStep({ ...emptyDraft('2026-03-02'), step: 14 }, 10)).toBe(9);
    expect(currentStep({ ...emptyDraft('2026-03-02'), step: -1 }, 10)).toBe(0);
  });

  it('survives a reload: what was kept is read back as it was', () => {
    const storage = memoryStorage();
    const draft = withAnswer({ ...emptyDraft('2026-03-02'), step: 3 }, 'walking', 1);
    stored<MeasureDraft | null>(storage, 'draft', null).set(draft);
    expect(stored<MeasureDraft | null>(storage, 'draft', null).get()).toEqual(draft);
  });
});

describe('the chair-stand boxes', () => {
  it('need the count, a whole number from 0 to 60', () => {
    expect(chairStandAnswers({})).toMatchObject({ isValid: false, errors: { stands: expect.any(String) } });
    expect(chairStandAnswers({ stands: '61' }).isValid).toBe(false);
    expect(chairStandAnswers({ stands: '7.5' }).isValid).toBe(false);
    expect(chairStandAnswers({ stands: ' 0 ' })).toEqual({ isValid: true, answers: { stands: 0 } });
  });

  it('send age and sex only when given, and “rather not say” as no sex', () => {
    expect(chairStandAnswers({ stands: '11', age: '', sex: '' })).toEqual({
      isValid: true,
      answers: { stands: 11 },
    });
    expect(chairStandAnswers({ stands: '11', age: '64', sex: 'female' })).toEqual({
      isValid: true,
      answers: { stands: 11, age: 64, sex: 'female' },
    });
    expect(chairStandAnswers({ stands: '11', sex: 'not-given' })).toEqual({
      isValid: true,
      answers: { stands: 11, sex: null },
    });
    expect(chairStandAnswers({ stands: '11', age: '12' })).toMatchObject({
      isValid: false,
      errors: { age: expect.any(String) },
    });
  });
});
