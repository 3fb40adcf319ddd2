import { describe, expect, it } from 'vitest';
import type { InstrumentId, InstrumentProgress, Measure } from '../../../contract/measures.ts';
import { scoreChairStand } from '../../../core/outcomes/chair-stand.ts';
import { scoreHoos12 } from '../../../core/outcomes/hoos-12.ts';
import { meaningfulChange } from '../../../core/outcomes/meaningful-change.ts';
import { scoreOswestry } from '../../../core/outcomes/oswestry.ts';
import { scorePain } from '../../../core/outcomes/pain.ts';
import { scoreStartBack } from '../../../core/outcomes/start-back.ts';
import { latestWords, scoreWords } from './score-words.ts';

function measure(instrumentId: InstrumentId, score: object, value: number | null, id = 'm2'): Measure {
  return {
    id,
    instrumentId,
    takenOn: '2026-03-30',
    answers: {},
    score: score as Record<string, unknown>,
    value,
    recordedAt: '2026-03-30T08:00:00.000Z',
  };
}

function progress(
  instrumentId: InstrumentId,
  values: number[],
  extra: Partial<InstrumentProgress> = {},
): InstrumentProgress {
  const points = values.map((value, index) => ({
    measureId: `m${index + 1}`,
    takenOn: `2026-03-0${index + 2}`,
    value,
  }));
  return {
    instrumentId,
    name: instrumentId,
    headline: { label: '', isHigherBetter: instrumentId === 'hoos-12', min: 0, max: 100 },
    count: points.length,
    baseline: points[0] ?? null,
    latest: points.at(-1) ?? null,
    change: null,
    band: null,
    comparison: null,
    ...extra,
  };
}

describe('a score in plain words', () => {
  it('gives the Oswestry band and says how skipped sections were counted', () => {
    // 13 of the 45 points the nine answered sections could make: 28.9, moderate.
    const score = scoreOswestry({
      'pain-intensity': 2,
      'personal-care': 1,
      lifting: 2,
      walking: 1,
      sitting: 2,
      standing: 1,
      sleeping: 1,
      'social-life': 2,
      travelling: 1,
    });
    const words = scoreWords(measure('oswestry', score, score.score, 'm1'), progress('oswestry', [28.9]));
    expect(words.headline).toBe('28.9 out of 100: moderate disability');
    expect(words.meaning[0]).toMatch(/^21–40 is moderate disability\./);
    expect(words.meaning).toContain(
      'Counted from the 9 questions you answered; the one you skipped counts neither for nor against you.',
    );
    expect(words.change).toBe('This is your starting point: each time from now on is compared with it.');
  });

  it('uses the server’s meaningful-change sentence once there is a baseline to compare with', () => {
    const score = scoreOswestry({ 'pain-intensity': 1, lifting: 1, walking: 1, sitting: 1, standing: 1 });
    const change = meaningfulChange('oswestry', 38, 20);
    const words = scoreWords(
      measure('oswestry', score, score.score),
      progress('oswestry', [38, 20], { change }),
    );
    expect(words.change).toBe(change.sentence);
    expect(words.change).toContain('a meaningful improvement');
  });

  it('says nothing about change until the history includes this measure', () => {
    const score = scorePain({ now: 3, 'week-average': 4 });
    const words = scoreWords(measure('pain', score, 4, 'new'), progress('pain', [6]));
    expect(words.headline).toBe('4 out of 10 on average over the last week; 3 out of 10 right now');
    expect(words.change).toBeNull();
  });

  it('names the STarT Back risk group and what it means', () => {
    const score = scoreStartBack({
      'leg-pain': 1,
      'shoulder-or-neck-pain': 0,
      'walks-short-distances': 0,
      'dresses-slowly': 0,
      'activity-unsafe': 1,
      'worrying-thoughts': 1,
      'never-better': 1,
      'no-enjoyment': 1,
      bothersome: 3,
    });
    const words = scoreWords(measure('start-back', score, score.total, 'm1'), progress('start-back', [6]));
    expect(words.headline).toBe('High risk (6 of 9)');
    expect(words.meaning[0]).toContain('Tell your doctor or physiotherapist');
    expect(words.meaning[1]).toContain('scored 5 of 5');
  });

  it('compares chair stands with the published range when age and sex are given', () => {
    const score = scoreChairStand({ stands: 11, age: 61, sex: 'female' });
    const words = scoreWords(measure('chair-stand', score, 11, 'm1'));
    expect(words.headline).toBe('11 stands in 30 seconds');
    expect(words.meaning[0]).toBe('That is below the usual range of 12–17 for women aged 60–64.');
  });

  it('compares a later chair stand with the first test, the published range being said once', () => {
    const score = scoreChairStand({ stands: 13, age: 61, sex: 'female' });
    const words = scoreWords(
      measure('chair-stand', score, 13),
      progress('chair-stand', [11, 13], { comparison: 'server sentence naming the range again' }),
    );
    expect(words.meaning[0]).toBe('That is within the usual range of 12–17 for women aged 60–64.');
    expect(words.change).toBe('2 stands more than at your first test (11).');
    const withoutRange = scoreChairStand({ stands: 13, age: 45, sex: null });
    const own = scoreWords(
      measure('chair-stand', withoutRange, 13),
      progress('chair-stand', [11, 13], {
        comparison: '13 stands in 30 seconds: 2 stands more than at your first test (11).',
      }),
    );
    expect(own.change).toBe('13 stands in 30 seconds: 2 stands more than at your first test (11).');
  });

  it('counts HOOS-12 change the right way round: higher is better', () => {
    const all = (value: number) =>
      Object.fromEntries(
        [
          'pain-how-often',
          'pain-sitting-lying',
          'pain-walking-flat',
          'pain-stairs',
          'rising-from-sitting',
          'standing',
          'car-in-out',
          'walking-uneven',
          'aware-of-hip',
          'lifestyle-changed',
          'lacks-confidence',
          'overall-difficulty',
        ].map((id) => [id, value]),
      );
    const score = scoreHoos12(all(1));
    const words = scoreWords(measure('hoos-12', score, score.summary), progress('hoos-12', [50, 75]));
    expect(words.headline).toBe('75 out of 100 for your hips');
    expect(words.change).toBe('25 points better than your first time (50).');
  });

  it('puts the latest number in a few words for the list', () => {
    expect(latestWords(progress('oswestry', [28.88]))).toBe('28.9 out of 100');
    expect(latestWords(progress('chair-stand', [1]))).toBe('1 stand');
    expect(latestWords(progress('start-back', [6]), 'high')).toBe('High risk');
    expect(latestWords(progress('pain', []))).toBeNull();
  });
});
