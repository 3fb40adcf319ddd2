import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { noRedFlags, type RedFlagAnswers } from '../red-flags/questions.ts';
import { EMERGENCY_MESSAGE } from '../red-flags/screen.ts';
import { addDays } from './dates.ts';
import { decisionSchema } from './decision.ts';
import { answersWith, assessmentArbitrary, flaggedAnswersArbitrary, START } from './journey.test-support.ts';
import { recordScreen } from './pause.ts';
import {
  clearanceDateProblem,
  clearanceDecision,
  clearHold,
  mayTrain,
  type RecordedScreen,
  recordScreenResult,
  repeatsClearedScreen,
  safetyHold,
} from './safety-hold.ts';
import type { Assessment, Plan } from './schemas.ts';
import { startingPlan } from './start.ts';
import { nextWorkout } from './workout.ts';

function recorded(answers: RedFlagAnswers, at: string, id = at): RecordedScreen {
  return recordScreenResult(id, answers, at);
}

describe('safetyHold', () => {
  it('holds after an emergency screen, with A&E and 999, and a later clear screen does not end it', () => {
    const hold = safetyHold([
      recorded(answersWith(['bladder-bowel']), '2026-03-02T09:00:00Z'),
      recorded(noRedFlags(), '2026-03-02T09:05:00Z'),
    ]);
    expect(hold).toMatchObject({
      outcome: 'emergency',
      since: '2026-03-02T09:00:00Z',
      message: EMERGENCY_MESSAGE,
    });
    expect(hold?.whatToDo.join(' ')).toMatch(/A&E now, or call 999/);
    expect(mayTrain(hold)).toMatchObject({ isAllowed: false });
  });

  it('words a history of cancer as a reason to talk to a GP first, not an alarm', () => {
    const hold = safetyHold([recorded(answersWith(['cancer-history']), '2026-03-02T09:00:00Z')]);
    expect(hold).toMatchObject({ outcome: 'see-doctor', urgency: 'before-starting' });
    expect(hold?.message).toMatch(/^Please talk to your GP before you start/);
    expect(hold?.message).toMatch(/not a cause for alarm/);
    expect(`${hold?.message} ${hold?.whatToDo.join(' ')}`).not.toMatch(/emergency|A&E|999|urgent|today/i);
  });

  it('lets an emergency outrank an open see-a-doctor screen, and ends with the clearance alone', () => {
    const screens = [
      recorded(answersWith(['fever']), '2026-03-02T09:00:00Z'),
      recorded(answersWith(['leg-weakness']), '2026-03-03T09:00:00Z'),
    ];
    expect(safetyHold(screens)).toMatchObject({ outcome: 'emergency', since: '2026-03-02T09:00:00Z' });
    const cleared = screens.map((screen) => ({ ...screen, clearedAt: '2026-03-04T10:00:00Z' }));
    expect(safetyHold(cleared)).toBeNull();
    expect(mayTrain(null)).toEqual({ isAllowed: true });
  });

  it('takes a doctor’s assessment dated from the day of the screen to today, never in the future', () => {
    const hold = safetyHold([recorded(answersWith(['fall-or-injury']), '2026-03-05T09:00:00Z')]);
    if (!hold) throw new Error('expected a hold');
    expect(clearanceDateProblem(hold, '2026-03-05', '2026-03-06')).toBeNull();
    expect(clearanceDateProblem(hold, '2026-03-06', '2026-03-06')).toBeNull();
    expect(clearanceDateProblem(hold, '2026-03-07', '2026-03-06')).toMatch(/future/);
    expect(clearanceDateProblem(hold, '2026-03-01', '2026-03-06')).toMatch(/on or after the day/);
  });

  it('records the clearance as a decision the coach hears about, with its date in plain words', () => {
    const hold = safetyHold([recorded(answersWith(['fever']), '2026-03-05T09:00:00Z')]);
    if (!hold) throw new Error('expected a hold');
    const decision = clearanceDecision(hold, {
      assessedOn: '2026-03-06',
      at: '2026-03-06T18:00:00Z',
      hasPlan: false,
    });
    expect(decisionSchema.parse(decision)).toMatchObject({ ruleId: 'doctor-clearance', tellCoach: true });
    expect(decision.sentence).toBe(
      'You told us a doctor assessed you on 6 March 2026 and said you can exercise, so you can go on to set up your program.',
    );
  });
});

/**
 * A member's life as the server plays it: screens, assessments, workouts asked for, clearances, and
 * days passing, each through the same core rules the services use.
 */
type Event =
  | { kind: 'screen'; answers: RedFlagAnswers }
  | { kind: 'assessment'; assessment: Assessment }
  | { kind: 'workout' }
  | { kind: 'clearance'; daysAgo: number }
  | { kind: 'day' };

const answersArbitrary = fc.oneof(fc.constant(noRedFlags()), flaggedAnswersArbitrary);
const eventArbitrary: fc.Arbitrary<Event> = fc.oneof(
  answersArbitrary.map((answers) => ({ kind: 'screen' as const, answers })),
  assessmentArbitrary(answersArbitrary).map((assessment) => ({ kind: 'assessment' as const, assessment })),
  fc.constant({ kind: 'workout' as const }),
  fc.integer({ min: -1, max: 3 }).map((daysAgo) => ({ kind: 'clearance' as const, daysAgo })),
  fc.constant({ kind: 'day' as const }),
);

interface Played {
  /** Index of the event each workout offer answered, with whether a workout was offered. */
  offers: { index: number; isOffered: boolean }[];
  /** Indexes of the events that recorded a flagged screen, and of the accepted clearances. */
  flaggedAt: number[];
  clearedAt: number[];
}

function play(events: readonly Event[]): Played {
  let screens: RecordedScreen[] = [];
  let plan: Plan | null = null;
  let today = START;
  const played: Played = { offers: [], flaggedAt: [], clearedAt: [] };
  const moment = (index: number) => `${today}T${String(8 + (index % 12)).padStart(2, '0')}:00:00Z`;
  events.forEach((event, index) => {
    const hold = safetyHold(screens);
    const record = (answers: RedFlagAnswers) => {
      const screen = recorded(answers, moment(index), String(index));
      screens = [...screens, screen];
      if (screen.outcome !== 'continue') played.flaggedAt.push(index);
    };
    switch (event.kind) {
      case 'day':
        today = addDays(today, 1);
        return;
      case 'screen':
        record(event.answers);
        if (plan) plan = recordScreen(plan, event.answers, moment(index)).plan;
        return;
      case 'assessment': {
        if (!mayTrain(hold).isAllowed || plan) return;
        const isCleared = repeatsClearedScreen(screens.at(-1), event.assessment.redFlags);
        if (!isCleared) record(event.assessment.redFlags);
        if (!mayTrain(safetyHold(screens)).isAllowed) return;
        plan = startingPlan(event.assessment, today, { isScreenCleared: isCleared }).plan;
        return;
      }
      case 'workout': {
        const isOffered =
          mayTrain(hold).isAllowed && plan !== null && nextWorkout(plan, [], today).status === 'ready';
        played.offers.push({ index, isOffered });
        return;
      }
      case 'clearance': {
        const assessedOn = addDays(today, -event.daysAgo);
        if (!hold || clearanceDateProblem(hold, assessedOn, today) !== null) return;
        screens = screens.map((screen) =>
          screen.outcome !== 'continue' && screen.clearedAt === null
            ? { ...screen, clearedAt: moment(index) }
            : screen,
        );
        plan = clearHold(hold, plan, { assessedOn, at: moment(index) }).plan;
        played.clearedAt.push(index);
        return;
      }
    }
  });
  return played;
}

describe('the safety hold, for any run of screens, assessments, workouts and clearances', () => {
  it('offers no workout after an emergency or see-a-doctor screen unless a clearance came after it', () => {
    fc.assert(
      fc.property(fc.array(eventArbitrary, { minLength: 1, maxLength: 40 }), (events) => {
        const played = play(events);
        for (const offer of played.offers.filter((candidate) => candidate.isOffered)) {
          const lastFlag = played.flaggedAt.filter((index) => index < offer.index).at(-1);
          if (lastFlag === undefined) continue;
          expect(played.clearedAt.some((index) => index > lastFlag && index < offer.index)).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('offers a workout again once a clearance follows the flag, when the plan has started', () => {
    const flagged = answersWith(['bladder-bowel']);
    const played = play([
      { kind: 'screen', answers: flagged },
      { kind: 'assessment', assessment: assessmentWith(flagged) },
      { kind: 'workout' },
      { kind: 'clearance', daysAgo: 0 },
      { kind: 'assessment', assessment: assessmentWith(flagged) },
      { kind: 'workout' },
    ]);
    expect(played.offers.map((offer) => offer.isOffered)).toEqual([false, true]);
  });
});

function assessmentWith(redFlags: RedFlagAnswers): Assessment {
  return {
    age: 50,
    painNow: 3,
    painWorstLastWeek: 5,
    surgery: null,
    chairStands: 12,
    equipment: { bands: [], dumbbellsKg: [], kettlebellsKg: [], cableKg: [] },
    comfortableRange: { squat: 'halfway', hinge: 'halfway' },
    daysPerWeek: 3,
    weightUnit: 'kg',
    redFlags,
  };
}
