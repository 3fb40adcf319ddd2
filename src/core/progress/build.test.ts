import { describe, expect, it } from 'vitest';
import type { Load } from '../catalogue/types.ts';
import type { Decision } from '../engine/decision.ts';
import { noRedFlags } from '../red-flags/questions.ts';
import { buildTrainingProgress } from './build.ts';
import { BODYWEIGHT, historyOf, planOf, setOf, setsOf, workoutOn } from './history.test-support.ts';
import type { HistoryDecision } from './history.ts';

const LIGHT_BAND: Load = { kind: 'band', band: 'light' };
const KETTLEBELL_10: Load = { kind: 'kettlebell', kg: 10 };

function decisionOn(on: string, paused: boolean, ruleId: Decision['ruleId']): HistoryDecision {
  return {
    on,
    exerciseId: null,
    ruleId,
    inputs: {},
    change: { paused: { from: !paused, to: paused } },
    sentence: paused ? 'Paused.' : 'Carries on.',
    tellCoach: paused,
  };
}

describe('before there is anything to show', () => {
  it('without a plan: nothing but one sentence saying what comes first', () => {
    expect(buildTrainingProgress(historyOf({ plan: null, today: '2026-03-02' }))).toEqual({
      since: null,
      until: '2026-03-02',
      story: [
        'Your progress will appear here after your first workout; first answer the safety questions and the short assessment that sets up your plan.',
      ],
      exercises: [],
      weeklyVolume: [],
      pain: [],
      adherence: { weeks: [], done: 0, planned: 0, share: null },
      redFlags: [],
      plan: null,
      snapshot: null,
    });
  });

  it('with a plan and no workout yet: the plan, its exercises without points, empty weeks and one sentence', () => {
    const progress = buildTrainingProgress(historyOf({ today: '2026-03-10' }));
    expect(progress.since).toBe('2026-03-02');
    expect(progress.story).toEqual([
      'Your progress will appear here after your first workout: how far and with what load you do each exercise, week by week, beside your pain and your scores.',
    ]);
    expect(
      progress.exercises.map((exercise) => [exercise.exerciseId, exercise.points, exercise.from]),
    ).toEqual([
      ['squat', [], null],
      ['hip-hinge', [], null],
    ]);
    expect(progress.exercises[0]?.loadSteps).toEqual(['bodyweight']);
    expect(progress.weeklyVolume).toEqual([
      { weekStart: '2026-03-02', sets: 0, reps: 0 },
      { weekStart: '2026-03-09', sets: 0, reps: 0 },
    ]);
    // Tuesday of the second week: two of its seven days have come, so one of three workouts is asked.
    expect(progress.adherence).toEqual({
      weeks: [
        { weekStart: '2026-03-02', done: 0, planned: 3 },
        { weekStart: '2026-03-09', done: 0, planned: 1 },
      ],
      done: 0,
      planned: 4,
      share: 0,
    });
    expect(progress.plan).toEqual({
      phase: 'Phase 2: Build the base',
      phaseNumber: 2,
      nextPhase:
        'Phase 3: 1 of 8 done; to go: the squat at level 3 (half squat) or further, the hip hinge at level 3 (half hinge) or further, the split squat at level 2 (quarter dip) or further, your technique set in the squat, your technique set in the hip hinge, your technique set in the split squat, pain at most 3/10 in your latest workout.',
      daysPerWeek: 3,
      isPaused: false,
      exercises: [
        {
          exerciseId: 'squat',
          name: 'Squat',
          prescription:
            '2 sets of 10 at level 1 of 5 (slight bend) with no weight; technique first: clean, unhurried reps.',
        },
        {
          exerciseId: 'hip-hinge',
          name: 'Hip hinge',
          prescription:
            '2 sets of 10 at level 2 of 5 (quarter hinge) with no weight; technique first: clean, unhurried reps.',
        },
      ],
    });
  });

  it('paused from the start for a doctor: says the plan waits for the clearance', () => {
    const plan = planOf({
      pause: { reason: 'red-flag', since: '2026-03-02T08:00:00Z', waitingFor: 'clearance', screen: null },
    });
    const progress = buildTrainingProgress(historyOf({ plan, today: '2026-03-15' }));
    expect(progress.story).toEqual([
      'Your progress will appear here after your first workout, once a doctor has cleared you to exercise and you have told us.',
    ]);
    expect(progress.plan?.isPaused).toBe(true);
    // Only the first day, before the pause began, asked for anything: a seventh of three rounds to none.
    expect(progress.adherence.weeks.map((week) => week.planned)).toEqual([0, 0]);
    expect(progress.adherence.share).toBeNull();
  });
});

describe('a few weeks of training', () => {
  const history = historyOf({
    today: '2026-03-20',
    workouts: [
      workoutOn('2026-03-03', [
        ...setsOf(2, setOf('squat', 1)),
        ...setsOf(2, setOf('hip-hinge', 2, BODYWEIGHT, { pain: 3 })),
      ]),
      workoutOn('2026-03-05', [
        ...setsOf(3, setOf('squat', 2)),
        setOf('hip-hinge', 2, LIGHT_BAND, { reps: 8, faults: ['lost-brace'] }),
        setOf('hip-hinge', 2, LIGHT_BAND, { reps: 10, pain: 4 }),
      ]),
      workoutOn('2026-03-17', setsOf(3, setOf('squat', 3, KETTLEBELL_10))),
    ],
    checkIns: [
      { workoutOn: '2026-03-03', pain: 2 },
      { workoutOn: '2026-03-03', pain: 6 },
    ],
    measures: [
      { instrumentId: 'oswestry', takenOn: '2026-03-02', value: 38 },
      { instrumentId: 'pain', takenOn: '2026-03-02', value: 6 },
      { instrumentId: 'oswestry', takenOn: '2026-03-16', value: 22 },
      { instrumentId: 'pain', takenOn: '2026-03-16', value: null },
    ],
  });
  const progress = buildTrainingProgress(history);

  it('puts each exercise at the hardest level and load of each workout, on its own load ladder', () => {
    const [squat, hinge] = progress.exercises;
    expect(squat).toEqual({
      exerciseId: 'squat',
      name: 'Squat',
      points: [
        {
          date: '2026-03-03',
          workoutId: history.workouts[0]?.id,
          level: 1,
          load: BODYWEIGHT,
          loadStep: 0,
          sets: 2,
          reps: 20,
          goodReps: 20,
        },
        {
          date: '2026-03-05',
          workoutId: history.workouts[1]?.id,
          level: 2,
          load: BODYWEIGHT,
          loadStep: 0,
          sets: 3,
          reps: 30,
          goodReps: 30,
        },
        {
          date: '2026-03-17',
          workoutId: history.workouts[2]?.id,
          level: 3,
          load: KETTLEBELL_10,
          loadStep: 1,
          sets: 3,
          reps: 30,
          goodReps: 30,
        },
      ],
      loadSteps: ['bodyweight', '10 kg kettlebell'],
      levelNames: ['slight bend', 'quarter squat', 'half squat', 'thighs near level', 'full squat'],
      from: 'a slight bend with no weight',
      to: 'a half squat with a 10 kg kettlebell',
    });
    expect(
      hinge?.points.map(({ level, load, sets, reps, goodReps }) => ({ level, load, sets, reps, goodReps })),
    ).toEqual([
      { level: 2, load: BODYWEIGHT, sets: 2, reps: 20, goodReps: 20 },
      { level: 2, load: LIGHT_BAND, sets: 2, reps: 18, goodReps: 10 },
    ]);
    expect(hinge?.to).toBe('a quarter hinge with a light band');
  });

  it('counts sets and reps by Monday week, with the empty week between', () => {
    expect(progress.weeklyVolume).toEqual([
      { weekStart: '2026-03-02', sets: 9, reps: 88 },
      { weekStart: '2026-03-09', sets: 0, reps: 0 },
      { weekStart: '2026-03-16', sets: 3, reps: 30 },
    ]);
  });

  it('sets the highest pain of each workout beside the first check-in after it', () => {
    expect(progress.pain.map(({ date, during, nextMorning }) => ({ date, during, nextMorning }))).toEqual([
      { date: '2026-03-03', during: 3, nextMorning: 2 },
      { date: '2026-03-05', during: 4, nextMorning: null },
      { date: '2026-03-17', during: 1, nextMorning: null },
    ]);
  });

  it('measures each week against three workouts, and this week against the days so far', () => {
    expect(progress.adherence).toEqual({
      weeks: [
        { weekStart: '2026-03-02', done: 2, planned: 3 },
        { weekStart: '2026-03-09', done: 0, planned: 3 },
        { weekStart: '2026-03-16', done: 1, planned: 2 },
      ],
      done: 3,
      planned: 8,
      share: 3 / 8,
    });
  });

  it('tells the story from the figures', () => {
    expect(progress.since).toBe('2026-03-03');
    expect(progress.until).toBe('2026-03-20');
    expect(progress.story).toEqual([
      'Since 3 March: squat from a slight bend with no weight to a half squat with a 10 kg kettlebell; hip hinge from a quarter hinge with no weight to a quarter hinge with a light band.',
      'Oswestry 38 → 22, a meaningful improvement.',
      'You did 3 workouts of the 8 your plan asked for (38%).',
    ]);
  });
});

describe('a paused fortnight', () => {
  const workouts = [
    workoutOn('2026-03-02', setsOf(2, setOf('squat', 1, BODYWEIGHT, { pain: 8 }))),
    workoutOn('2026-03-17', setsOf(2, setOf('squat', 1))),
    workoutOn('2026-03-19', setsOf(2, setOf('squat', 1))),
    workoutOn('2026-03-21', setsOf(2, setOf('squat', 1))),
  ];
  const decisions = [
    decisionOn('2026-03-02', true, 'pain-pause'),
    decisionOn('2026-03-16', false, 'screen-clear'),
  ];

  it('asks for no workouts on the days wholly paused, and says so', () => {
    const progress = buildTrainingProgress(historyOf({ today: '2026-03-22', workouts, decisions }));
    // 3–15 March are paused: the first week keeps only its Monday, the second none, the third all.
    expect(progress.adherence.weeks).toEqual([
      { weekStart: '2026-03-02', done: 1, planned: 0 },
      { weekStart: '2026-03-09', done: 0, planned: 0 },
      { weekStart: '2026-03-16', done: 3, planned: 3 },
    ]);
    expect(progress.adherence.share).toBe(1);
    expect(progress.story).toEqual([
      'Since 2 March: squat still at a slight bend with no weight.',
      'Your Oswestry and back pain scores join this story once you have given them twice, a few weeks apart.',
      'You did 4 workouts, more than the 3 your plan asked for, not counting the 13 days your plan was paused.',
    ]);
  });

  it('while still paused: no workouts asked after the pause began, and the story says what it waits for', () => {
    const plan = planOf({
      pause: { reason: 'severe-pain', since: '2026-03-21T19:00:00Z', waitingFor: 'screen', screen: null },
    });
    const paused = [...decisions, decisionOn('2026-03-21', true, 'pain-pause')];
    const progress = buildTrainingProgress(
      historyOf({ plan, today: '2026-04-01', workouts, decisions: paused }),
    );
    expect(progress.adherence.weeks.map((week) => week.planned)).toEqual([0, 0, 3, 0, 0]);
    expect(progress.story).toContain(
      'Your plan is paused for now, until you answer the safety questions again; the paused days do not count against you.',
    );
    expect(progress.story.at(-1)).toBe(
      'You did 4 workouts, more than the 3 your plan asked for, not counting the 24 days your plan was paused.',
    );
  });
});

describe('things that went badly, said plainly', () => {
  it('an exercise eased back to a smaller range', () => {
    const progress = buildTrainingProgress(
      historyOf({
        today: '2026-03-12',
        workouts: [
          workoutOn('2026-03-03', setsOf(3, setOf('squat', 3, LIGHT_BAND))),
          workoutOn('2026-03-05', setsOf(3, setOf('squat', 3, LIGHT_BAND, { pain: 6 }))),
          workoutOn('2026-03-09', setsOf(3, setOf('squat', 2, LIGHT_BAND))),
        ],
      }),
    );
    expect(progress.exercises[0]?.points.map((point) => point.level)).toEqual([3, 3, 2]);
    expect(progress.story[0]).toBe(
      'Since 3 March: squat eased back from a half squat with a light band to a quarter squat with a light band.',
    );
  });

  it('a measure that got meaningfully worse, with a kind word after it', () => {
    const progress = buildTrainingProgress(
      historyOf({
        today: '2026-04-10',
        workouts: [
          workoutOn('2026-03-03', setsOf(2, setOf('squat', 1))),
          workoutOn('2026-03-05', setsOf(2, setOf('squat', 1))),
        ],
        measures: [
          { instrumentId: 'oswestry', takenOn: '2026-03-02', value: 20 },
          { instrumentId: 'pain', takenOn: '2026-03-02', value: 6 },
          { instrumentId: 'pain', takenOn: '2026-03-09', value: 5 },
          { instrumentId: 'oswestry', takenOn: '2026-03-30', value: 32 },
        ],
      }),
    );
    expect(progress.story.slice(1, 3)).toEqual([
      'Oswestry 20 → 32, a meaningful change for the worse; back pain 6 → 5, no meaningful change (that takes 2 points, or 30% of where you started).',
      'Setbacks happen with back pain and are worth talking about: please tell your coach how you are doing, and keep each movement within the range that stays comfortable.',
    ]);
  });

  it('a first score only: says what it was and when the change will show', () => {
    const progress = buildTrainingProgress(
      historyOf({
        today: '2026-03-04',
        workouts: [workoutOn('2026-03-03', setsOf(2, setOf('squat', 1)))],
        measures: [
          { instrumentId: 'roland-morris', takenOn: '2026-03-02', value: 9 },
          { instrumentId: 'pain', takenOn: '2026-03-02', value: 5 },
        ],
        disabilityInstrument: 'roland-morris',
      }),
    );
    expect(progress.story).toEqual([
      'Your first workout, on 3 March: squat at a slight bend with no weight.',
      'Your first Roland-Morris score was 9 and back pain was 5/10; your next scores, a few weeks on, will show how they change.',
      'You did 1 workout: all your plan asked for.',
    ]);
  });

  it('red flags ever raised: every question answered yes, and whether it was an emergency', () => {
    const progress = buildTrainingProgress(
      historyOf({
        screens: [
          { on: '2026-03-01', answers: noRedFlags(), outcome: 'continue' },
          {
            on: '2026-04-02',
            answers: { ...noRedFlags(), 'fall-or-injury': true, fever: true },
            outcome: 'see-doctor',
          },
          {
            on: '2026-05-06',
            answers: { ...noRedFlags(), 'saddle-numbness': true, 'night-pain': true },
            outcome: 'emergency',
          },
        ],
      }),
    );
    expect(progress.redFlags).toEqual([
      {
        date: '2026-04-02',
        flags: [
          'Do you have a fever, or feel generally unwell, along with your back pain?',
          'Have you had a fall or hurt your back in an accident recently?',
        ],
        signs: ['a fever or feeling unwell with your back pain', 'a recent fall or injury'],
        isUrgent: false,
      },
      {
        date: '2026-05-06',
        flags: [
          'Do you have numbness or tingling in the saddle area: your inner thighs, your genitals or around your back passage?',
          'Is your back pain there all night, with no position that eases it?',
        ],
        signs: ['numbness or tingling in the saddle area', 'constant night pain that no position eases'],
        isUrgent: true,
      },
    ]);
  });
});

describe('odd data, handled', () => {
  it('mixed loads in a workout: the highest level with the heaviest load used at it', () => {
    const dumbbell8: Load = { kind: 'dumbbell', kg: 8 };
    const kettlebell8: Load = { kind: 'kettlebell', kg: 8 };
    const progress = buildTrainingProgress(
      historyOf({
        today: '2026-03-10',
        workouts: [
          workoutOn('2026-03-03', [
            setOf('squat', 2, LIGHT_BAND),
            setOf('squat', 2, dumbbell8),
            setOf('squat', 1, KETTLEBELL_10),
          ]),
          workoutOn('2026-03-05', [setOf('squat', 2, kettlebell8), setOf('squat', 2, LIGHT_BAND)]),
          workoutOn('2026-03-07', [setOf('squat', 2, LIGHT_BAND)]),
        ],
      }),
    );
    const squat = progress.exercises[0];
    expect(squat?.points.map((point) => [point.level, point.load, point.loadStep])).toEqual([
      [2, dumbbell8, 2],
      [2, kettlebell8, 2],
      [2, LIGHT_BAND, 1],
    ]);
    expect(squat?.loadSteps).toEqual(['bodyweight', 'light band', '8 kg weight']);
    expect(squat?.from).toBe('a quarter squat with an 8 kg dumbbell');
  });

  it('a workout without a check-in, two on one day, an open one with sets and an empty open one', () => {
    const progress = buildTrainingProgress(
      historyOf({
        today: '2026-03-10',
        workouts: [
          workoutOn('2026-03-03', [setOf('squat', 1, BODYWEIGHT, { pain: 2 })]),
          workoutOn('2026-03-03', [setOf('squat', 1, BODYWEIGHT, { pain: 5 })]),
          workoutOn('2026-03-05', [setOf('squat', 1)]),
          workoutOn('2026-03-07', [setOf('squat', 1, BODYWEIGHT, { pain: 3 })], 'in-progress'),
          workoutOn('2026-03-09', [], 'in-progress'),
        ],
        checkIns: [{ workoutOn: '2026-03-03', pain: 4 }],
      }),
    );
    expect(progress.pain.map(({ date, during, nextMorning }) => [date, during, nextMorning])).toEqual([
      ['2026-03-03', 2, null],
      ['2026-03-03', 5, 4],
      ['2026-03-05', 1, null],
      ['2026-03-07', 3, null],
    ]);
    expect(progress.adherence.done).toBe(4);
  });

  it('names the day an exercise joined the plan rather than calling it stuck', () => {
    const progress = buildTrainingProgress(
      historyOf({
        today: '2026-03-20',
        workouts: [
          workoutOn('2026-03-02', [setOf('squat', 1)]),
          workoutOn('2026-03-16', [setOf('squat', 2), setOf('pull-through', 1)]),
          workoutOn('2026-03-18', [setOf('squat', 2), setOf('pull-through', 1)]),
        ],
      }),
    );
    expect(progress.story[0]).toContain('pull-through, added on 16 March, at a slight tip with no weight');
  });

  it('a level logged past full range counts as full range', () => {
    const progress = buildTrainingProgress(
      historyOf({ today: '2026-03-04', workouts: [workoutOn('2026-03-03', [setOf('glute-bridge', 7)])] }),
    );
    const bridge = progress.exercises.find((exercise) => exercise.exerciseId === 'glute-bridge');
    expect(bridge?.points[0]?.level).toBe(4);
    expect(bridge?.to).toBe('a full bridge with no weight');
  });

  it('weights in pounds for a member who uses pounds, and the year when the story crosses one', () => {
    const plan = planOf({ startedOn: '2025-12-29', weightUnit: 'lb' });
    const progress = buildTrainingProgress(
      historyOf({
        plan,
        today: '2026-01-06',
        workouts: [
          workoutOn('2025-12-30', [setOf('hip-hinge', 3, { kind: 'dumbbell', kg: 8 })]),
          workoutOn('2026-01-02', [setOf('hip-hinge', 3, { kind: 'dumbbell', kg: 8 })]),
        ],
      }),
    );
    expect(progress.story[0]).toBe(
      'Since 30 December 2025: hip hinge still at a half hinge with an 18 lb dumbbell.',
    );
    expect(progress.weeklyVolume.map((week) => week.weekStart)).toEqual(['2025-12-29', '2026-01-05']);
  });
});

describe('the story', () => {
  const dates = [
    '2026-03-02',
    '2026-03-04',
    '2026-03-06',
    '2026-03-09',
    '2026-03-11',
    '2026-03-13',
    '2026-03-16',
    '2026-03-18',
  ];
  const pains = [5, 5, 4, 4, 2, 2, 1, 1];
  const workouts = dates.map((date, index) =>
    workoutOn(date, setsOf(3, setOf('squat', index < 4 ? 1 : 2, BODYWEIGHT, { pain: pains[index] }))),
  );

  it('compares the pain during early and recent workouts once there are enough of them', () => {
    const progress = buildTrainingProgress(historyOf({ today: '2026-03-22', workouts }));
    expect(progress.story).toEqual([
      'Since 2 March: squat from a slight bend with no weight to a quarter squat with no weight.',
      'Your Oswestry and back pain scores join this story once you have given them twice, a few weeks apart.',
      'You did 8 workouts of the 9 your plan asked for (89%).',
      'Your highest pain during a workout averaged 4.5/10 over your first 4 workouts and 1.5/10 over your last 4.',
    ]);
  });

  it('keeps to five sentences, dropping the least important', () => {
    const plan = planOf({
      pause: { reason: 'severe-pain', since: '2026-03-19T07:30:00Z', waitingFor: 'screen', screen: null },
    });
    const progress = buildTrainingProgress(
      historyOf({
        plan,
        today: '2026-03-20',
        workouts,
        decisions: [decisionOn('2026-03-19', true, 'pain-pause')],
        measures: [
          { instrumentId: 'pain', takenOn: '2026-03-02', value: 3 },
          { instrumentId: 'pain', takenOn: '2026-03-16', value: 6 },
        ],
      }),
    );
    expect(progress.story).toHaveLength(5);
    expect(progress.story[1]).toBe('Back pain 3 → 6, a meaningful change for the worse.');
    expect(progress.story.join(' ')).not.toMatch(/highest pain during a workout/);
  });
});
