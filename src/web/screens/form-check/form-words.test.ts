import { describe, expect, it } from 'vitest';
import { getExercise } from '../../../core/catalogue/index.ts';
import { type FormRep, VALGUS_CUE_DEGREES } from '../../../core/form/rep-result.ts';
import {
  kneesWords,
  levelWords,
  noteWords,
  repResultShortWords,
  repResultWords,
  setDoneWords,
  shortLevelWords,
  trunkWords,
  warningWords,
} from './form-words.ts';
import { setupWords } from './setup-words.ts';
import { levelFromSearch } from './target-level.ts';

const squat = getExercise('squat');
const hinge = getExercise('hip-hinge');
const bridge = getExercise('glute-bridge');

function rep(change: Partial<FormRep>): FormRep {
  return {
    number: 1,
    isComplete: true,
    isGood: true,
    side: null,
    startMs: 0,
    turnMs: 1000,
    endMs: 2000,
    outMs: 1000,
    backMs: 1000,
    turnAngle: 120,
    turnImageAngle: 125,
    level: 3,
    maxValgus: 1,
    minKneeWidthRatio: 1,
    maxFrontalKneeAngleChange: 0,
    maxTrunkLean: null,
    kneeAngleChange: null,
    faults: [],
    notes: [],
    ...change,
  };
}

describe('levels in words', () => {
  it('names a level from the catalogue', () => {
    expect(levelWords(squat, 3)).toBe('Level 3: Half squat');
    expect(shortLevelWords(squat, 5)).toBe('5 Full squat');
  });

  it('says a rep was short of level 1 rather than "level 0"', () => {
    expect(levelWords(squat, 0)).toBe('Not yet at level 1');
    expect(shortLevelWords(squat, 0)).toBe('Below 1');
  });
});

describe('warnings', () => {
  it('never reports nobody in the picture as a count of reps', () => {
    const words = warningWords('no-person-seen', squat);
    expect(`${words.title} ${words.advice}`).not.toMatch(/\b0 reps\b/);
    expect(words.advice).toContain('whole body');
  });

  it('asks for the exercise’s own view: side-on for the hinge and the bridge, facing for the squat', () => {
    expect(warningWords('wrong-view', hinge).title).toBe('Turn side-on to the camera');
    expect(warningWords('wrong-view', bridge).advice).toContain('Lie with your side to the phone');
    expect(warningWords('wrong-view', squat).title).toBe('Face the camera');
  });

  it('asks to hold still at the start when the start position was not captured', () => {
    expect(warningWords('start-not-captured', squat).title).toBe('Stand still before your first rep');
    expect(warningWords('start-not-captured', bridge).title).toBe('Lie still before your first rep');
  });
});

describe('a rep in words', () => {
  it('marks a partial rep as not counted', () => {
    expect(repResultWords(rep({ isComplete: false, isGood: false }))).toBe('Partial, not counted');
    expect(repResultShortWords(rep({ isComplete: false, isGood: false }))).toBe('Partial');
  });

  it('tells a rep with a fault from one that was too small', () => {
    expect(repResultWords(rep({ isGood: false, faults: ['knees-caving'] }))).toBe('Done, with a fault');
    expect(repResultWords(rep({ isGood: false, level: 0 }))).toBe('Done, short of level 1');
    expect(repResultWords(rep({}))).toBe('Good');
  });

  it('calls a rep past the member’s level done but past it, never good', () => {
    const past = rep({ isGood: false, level: 5, notes: ['past-target-level'] });
    expect(repResultWords(past)).toBe('Done, past your level');
    expect(repResultShortWords(past)).toBe('Past your level');
  });

  it('calls knees caved in from the valgus cue threshold on, and says nothing when not seen', () => {
    expect(kneesWords(rep({ maxValgus: VALGUS_CUE_DEGREES }))).toBe('Caved in');
    expect(kneesWords(rep({ maxValgus: VALGUS_CUE_DEGREES - 0.5 }))).toBe('Over feet');
    expect(kneesWords(rep({ maxValgus: null }))).toBe('–');
  });

  it('gives the trunk lean in whole degrees', () => {
    expect(trunkWords(rep({ maxTrunkLean: 31.6 }))).toBe('32° lean');
    expect(trunkWords(rep({ maxTrunkLean: null }))).toBe('–');
  });
});

describe('the member’s level and the set’s count', () => {
  it('names the level a set went past by the catalogue’s words', () => {
    const words = noteWords('past-target-level', squat, 3);
    expect(words.label).toBe('Went past your level');
    expect(words.advice).toMatch(/^Your level is a half squat: stay within it, your best pain-free/);
    expect(noteWords('past-target-level', hinge, 4).advice).toMatch(/^Your level is a deep hinge:/);
  });

  it('says the set is done at its count', () => {
    expect(setDoneWords(10)).toBe('That is 10 reps: the set is done.');
    expect(setDoneWords(1)).toBe('That is 1 rep: the set is done.');
  });
});

describe('the target level from the address', () => {
  it('takes a level the exercise has', () => {
    expect(levelFromSearch('?level=3', squat)).toBe(3);
    expect(levelFromSearch('return=%2Fworkout&level=1', squat)).toBe(1);
  });

  it('ignores a level that is missing, not a whole number, or past the exercise’s last', () => {
    expect(levelFromSearch('', squat)).toBeNull();
    expect(levelFromSearch('?level=2.5', squat)).toBeNull();
    expect(levelFromSearch('?level=0', squat)).toBeNull();
    expect(levelFromSearch(`?level=${squat.levels.length + 1}`, squat)).toBeNull();
  });
});

describe('setting up the phone', () => {
  it('puts the phone in front for the squat, beside for the hinge, and on the floor for the bridge', () => {
    expect(setupWords(squat).placement).toContain('in front of you');
    expect(setupWords(squat).whatItSees).toContain('knees');
    expect(setupWords(hinge).placement).toContain('Turn side-on');
    expect(setupWords(bridge).placement).toContain('on the floor beside your mat');
  });
});
