import { describe, expect, it } from 'vitest';
import { noRedFlags } from '../../../core/red-flags/questions.ts';
import { canOpen, firstOpenStep, type OnboardingDraft, resumeStep, toAssessment } from './draft.ts';

const complete: OnboardingDraft = {
  redFlags: noRedFlags(),
  age: 61,
  painNow: 3,
  painWorstLastWeek: 5,
  surgery: null,
  chairStands: 11,
  squatRange: 'halfway',
  hingeRange: 'slight-bend',
  weightUnit: 'kg',
  equipment: { bands: ['light'], dumbbellsKg: [], kettlebellsKg: [], cableKg: [] },
  daysPerWeek: 3,
};

describe('onboarding answers kept on the phone', () => {
  it('picks up at the first question not yet answered', () => {
    expect(resumeStep({}, true)).toBe('welcome');
    expect(firstOpenStep({}, true)).toBe('safety');
    expect(firstOpenStep({ age: 61 }, false)).toBe('welcome');
    expect(firstOpenStep({ age: 61 }, true)).toBe('safety');
    expect(firstOpenStep({ redFlags: noRedFlags(), age: 61 }, true)).toBe('pain-now');
    expect(firstOpenStep(complete, true)).toBe('check');
  });

  it('asks the worst pain of the week again when it is now below today’s pain', () => {
    expect(firstOpenStep({ ...complete, painNow: 6 }, true)).toBe('pain-worst');
  });

  it('lets the member go back to any answered question but not skip ahead', () => {
    const halfway = { redFlags: noRedFlags(), age: 61, painNow: 3 };
    expect(canOpen('age', halfway, true)).toBe(true);
    expect(canOpen('pain-worst', halfway, true)).toBe(true);
    expect(canOpen('surgery', halfway, true)).toBe(false);
    expect(canOpen('check', halfway, true)).toBe(false);
  });

  it('becomes the assessment the server expects only once everything is answered', () => {
    expect(toAssessment({ ...complete, daysPerWeek: undefined })).toBeUndefined();
    expect(toAssessment(complete)).toMatchObject({
      comfortableRange: { squat: 'halfway', hinge: 'slight-bend' },
      surgery: null,
      redFlags: noRedFlags(),
    });
  });
});
