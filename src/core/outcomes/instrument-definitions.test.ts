import { describe, expect, it } from 'vitest';
import { disabilityInstrument, disabilityInstrumentSchema } from './disability.ts';
import { INSTRUMENT_IDS } from './instrument.ts';
import { INSTRUMENTS } from './instrument-definitions.ts';
import { INSTRUMENT_FULL_NAMES } from './instruments.ts';
import { OSWESTRY, OSWESTRY_SECTION_IDS } from './oswestry.ts';
import { OSWESTRY_WORDING } from './oswestry-items.ts';
import { ROLAND_MORRIS } from './roland-morris.ts';

const PLACEHOLDER = /\b(todo|tbd|lorem|ipsum|placeholder|xxx|fixme)\b/i;
const everyInstrument = INSTRUMENT_IDS.map((id) => INSTRUMENTS[id]);

describe('every instrument, as data', () => {
  it.each(everyInstrument.map((instrument) => [instrument.id, instrument] as const))(
    '%s has a name, an intro, a source, and items with unique ids and numbered options',
    (id, instrument) => {
      expect(instrument.id).toBe(id);
      for (const text of [instrument.name, instrument.intro, instrument.source]) {
        expect(text.trim()).not.toBe('');
        expect(text).not.toMatch(PLACEHOLDER);
      }
      const ids = instrument.items.map((item) => item.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const item of instrument.items) {
        expect(item.text.trim()).not.toBe('');
        expect(item.text).not.toMatch(PLACEHOLDER);
        if (item.answer.kind !== 'choice') continue;
        const values = item.answer.options.map((option) => option.value).sort((a, b) => a - b);
        expect(values).toEqual(values.map((_, index) => index));
        for (const option of item.answer.options) expect(option.label.trim()).not.toBe('');
      }
    },
  );

  it('has an answers schema whose keys are exactly its items (chair stand also records age and sex)', () => {
    for (const instrument of everyInstrument) {
      const lowest = Object.fromEntries(instrument.items.map((item) => [item.id, 0]));
      const context = instrument.id === 'chair-stand' ? { age: 50, sex: null } : {};
      const parsed = instrument.answersSchema.safeParse({ ...lowest, ...context });
      expect(parsed.success, instrument.id).toBe(true);
      expect(instrument.answersSchema.safeParse({ ...lowest, ...context, extra: 1 }).success).toBe(false);
    }
  });

  it('gives LOINC codes only where we are sure of them', () => {
    expect(INSTRUMENTS.oswestry.loinc).toEqual({ panel: '97908-8', score: '97909-6' });
    expect(INSTRUMENTS.pain.loinc).toEqual({ score: '72514-3' });
    for (const id of ['roland-morris', 'start-back', 'chair-stand', 'hoos-12'] as const) {
      expect(INSTRUMENTS[id].loinc).toEqual({});
    }
  });

  it('has the published number of items', () => {
    const counts = Object.fromEntries(
      everyInstrument.map((instrument) => [instrument.id, instrument.items.length]),
    );
    expect(counts).toEqual({
      oswestry: 10,
      'roland-morris': 24,
      pain: 2,
      'start-back': 9,
      'chair-stand': 1,
      'hoos-12': 12,
    });
  });
});

describe('the Oswestry wording file', () => {
  it('words every section and every one of its six levels, each differently', () => {
    for (const id of OSWESTRY_SECTION_IDS) {
      const { title, statements } = OSWESTRY_WORDING.sections[id];
      expect(title.trim()).not.toBe('');
      expect(statements).toHaveLength(6);
      expect(new Set(statements).size).toBe(6);
    }
  });

  it('feeds the instrument: the items show its titles and statements in order', () => {
    const walking = OSWESTRY.items.find((item) => item.id === 'walking');
    expect(walking?.text).toBe(OSWESTRY_WORDING.sections.walking.title);
    const labels =
      walking?.answer.kind === 'choice' ? walking.answer.options.map((option) => option.label) : [];
    expect(labels).toEqual([...OSWESTRY_WORDING.sections.walking.statements]);
  });
});

describe('the disability questionnaire setting', () => {
  it('picks the Oswestry or the Roland-Morris definition', () => {
    expect(disabilityInstrument('oswestry')).toBe(OSWESTRY);
    expect(disabilityInstrument('roland-morris')).toBe(ROLAND_MORRIS);
  });

  it('accepts only those two', () => {
    expect(disabilityInstrumentSchema.safeParse('roland-morris').success).toBe(true);
    expect(disabilityInstrumentSchema.safeParse('odi').success).toBe(false);
  });

  it('scores what the picked definition is given', () => {
    const rolandMorris = disabilityInstrument('roland-morris');
    expect(
      rolandMorris.score(rolandMorris.answersSchema.parse({ irritable: 1, 'sleeps-less': 1 })).score,
    ).toBe(2);
  });
});

describe('full names', () => {
  it('names every instrument in full, each differently', () => {
    const names = INSTRUMENT_IDS.map((id) => INSTRUMENT_FULL_NAMES[id]);
    for (const name of names) expect(name.trim().length).toBeGreaterThan(10);
    expect(new Set(names).size).toBe(INSTRUMENT_IDS.length);
  });
});
