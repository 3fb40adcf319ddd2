import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FormRep } from '../../core/form/rep-result.ts';
import { summarizeSet } from '../../core/form/set-summary.ts';
import { memoryStorage } from '../offline/stored.ts';
import {
  type FormCheckResult,
  formCheckPath,
  formCheckResultFrom,
  leaveFormCheckResult,
  returnPathFrom,
  takeFormCheckResult,
} from './handoff.ts';

const KEY = 'backstrong.form-check-result';

function rep(number: number, overrides: Partial<FormRep> = {}): FormRep {
  return {
    number,
    isComplete: true,
    isGood: true,
    side: null,
    startMs: number * 2000,
    turnMs: number * 2000 + 1000,
    endMs: number * 2000 + 2000,
    outMs: 800,
    backMs: 800,
    turnAngle: 120,
    turnImageAngle: 130,
    level: 3,
    maxValgus: 0,
    minKneeWidthRatio: 1,
    maxFrontalKneeAngleChange: -10,
    maxTrunkLean: null,
    kneeAngleChange: null,
    faults: [],
    notes: [],
    ...overrides,
  };
}

function result(overrides: Partial<FormCheckResult> = {}): FormCheckResult {
  return {
    exerciseId: 'squat',
    reps: 9,
    goodReps: 8,
    pastLevelReps: 0,
    partialReps: 1,
    faults: ['knees-caving'],
    levelReached: 3,
    mode: 'live',
    finishedAt: '2026-03-02T09:00:00.000Z',
    ...overrides,
  };
}

describe('the way to the form check and back', () => {
  it('opens the form check for one exercise, with the path to come back to', () => {
    expect(formCheckPath('squat')).toBe('/form-check/squat');
    expect(formCheckPath('split-squat', '/workout')).toBe('/form-check/split-squat?return=%2Fworkout');
    expect(returnPathFrom(`?${formCheckPath('squat', '/workout?x=1').split('?')[1]}`)).toBe('/workout?x=1');
  });

  it('goes back only to a path inside the app', () => {
    expect(returnPathFrom('?return=%2Fworkout')).toBe('/workout');
    expect(returnPathFrom('')).toBeNull();
    expect(returnPathFrom('?return=workout')).toBeNull();
    expect(returnPathFrom('?return=https%3A%2F%2Fexample.org')).toBeNull();
    expect(returnPathFrom('?return=%2F%2Fexample.org')).toBeNull();
    expect(returnPathFrom('?return=%2F%5Cexample.org')).toBeNull();
  });

  it('turns the form check’s set summary into numbers only', () => {
    const summary = summarizeSet(
      'squat',
      'front',
      [
        rep(1),
        rep(2, { isGood: false, faults: ['knees-caving'] }),
        rep(3, { isGood: false, faults: ['knees-caving'] }),
        rep(4, { isComplete: false, isGood: false }),
        rep(5, { isGood: false, level: 5, notes: ['past-target-level'] }),
      ],
      [],
      240,
      238,
    );
    const made = formCheckResultFrom(summary, 'recording', new Date('2026-03-02T09:00:00Z'));
    expect(made).toEqual({
      exerciseId: 'squat',
      reps: 4,
      goodReps: 1,
      pastLevelReps: 1,
      partialReps: 1,
      faults: ['knees-caving'],
      levelReached: 3,
      mode: 'recording',
      finishedAt: '2026-03-02T09:00:00.000Z',
    });
    // Nothing but numbers and words travels: no keypoints, no reps' details.
    expect(Object.keys(made).sort()).toEqual(
      [
        'exerciseId',
        'faults',
        'finishedAt',
        'goodReps',
        'levelReached',
        'mode',
        'partialReps',
        'pastLevelReps',
        'reps',
      ].sort(),
    );
  });
});

describe('the result waiting in the tab', () => {
  let storage: ReturnType<typeof memoryStorage>;
  beforeEach(() => {
    storage = memoryStorage();
    vi.stubGlobal('window', { sessionStorage: storage });
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('is taken once, by the exercise it is for', () => {
    leaveFormCheckResult(result());
    expect(JSON.parse(storage.getItem(KEY) ?? 'null')).toEqual(result());
    expect(takeFormCheckResult('hip-hinge')).toBeNull();
    expect(takeFormCheckResult('squat')).toEqual(result());
    expect(takeFormCheckResult('squat')).toBeNull();
    expect(storage.getItem(KEY)).toBeNull();
  });

  it('stays for its own exercise while another exercise looks', () => {
    leaveFormCheckResult(result({ exerciseId: 'split-squat' }));
    expect(takeFormCheckResult('squat')).toBeNull();
    expect(takeFormCheckResult('split-squat')).toMatchObject({ exerciseId: 'split-squat' });
  });

  it('a newer result replaces the one not taken', () => {
    leaveFormCheckResult(result({ reps: 5 }));
    leaveFormCheckResult(result({ reps: 10, goodReps: 10 }));
    expect(takeFormCheckResult('squat')).toMatchObject({ reps: 10, goodReps: 10 });
  });

  it('throws away what cannot be read', () => {
    storage.setItem(KEY, '{not json');
    expect(takeFormCheckResult('squat')).toBeNull();
    expect(storage.getItem(KEY)).toBeNull();
  });

  it('does nothing, and finds nothing, where the browser refuses storage', () => {
    vi.stubGlobal('window', {
      get sessionStorage(): Storage {
        throw new DOMException('denied', 'SecurityError');
      },
    });
    expect(() => leaveFormCheckResult(result())).not.toThrow();
    expect(takeFormCheckResult('squat')).toBeNull();
  });
});
