import { describe, expect, it } from 'vitest';
import type { LoggedSet, Prescription } from '../../contract/training.ts';
import {
  endingSetOf,
  fromServer,
  isEveryExerciseDone,
  type LocalWorkout,
  lastPainOf,
  painStopOf,
  prescriptionToday,
  setLabel,
  withExerciseSkipped,
  withPainStopAnswered,
  withSetLogged,
} from './local-workout.ts';

function prescribed(exerciseId: Prescription['exerciseId'], sets: number, restSeconds = 60): Prescription {
  return {
    exerciseId,
    name: exerciseId === 'squat' ? 'Squat' : 'Hip hinge',
    level: 2,
    levelName: 'Quarter',
    levelDescription: '',
    maxLevel: 5,
    load: { kind: 'bodyweight' },
    sets,
    reps: 10,
    restSeconds,
    stage: 'technique',
    supported: false,
    cues: [],
  };
}

function workout(): LocalWorkout {
  return {
    id: 'w1',
    date: '2026-03-02',
    painBefore: 2,
    prescription: [prescribed('squat', 2, 60), prescribed('hip-hinge', 1, 90)],
    weightUnit: 'kg',
    equipment: { bands: [], dumbbellsKg: [], kettlebellsKg: [], cableKg: [] },
    sets: [],
    current: 0,
    restEndsAt: null,
    lastPain: 2,
    isFirstWorkout: true,
  };
}

let counter = 0;
function set(exerciseId: Prescription['exerciseId'], pain = 2, level = 2): LoggedSet {
  counter += 1;
  return {
    id: `s${counter}`,
    exerciseId,
    reps: 10,
    level,
    load: { kind: 'bodyweight' },
    pain,
    faults: [],
    measuredBy: 'member',
    loggedAt: '2026-03-02T09:00:00Z',
  };
}

describe('the workout under way', () => {
  it('rests after a set, for the exercise’s own rest, and stays on the exercise until its sets are done', () => {
    const after = withSetLogged(workout(), set('squat', 3), 1_000);
    expect(after.current).toBe(0);
    expect(after.restEndsAt).toBe(61_000);
    expect(after.lastPain).toBe(3);
    expect(setLabel(after, 'squat')).toBe('Squat, set 2');
  });

  it('moves to the next exercise after the last set of one, and stops resting when everything is done', () => {
    const second = withSetLogged(withSetLogged(workout(), set('squat'), 0), set('squat'), 0);
    expect(second.current).toBe(1);
    expect(second.restEndsAt).toBe(60_000);
    const done = withSetLogged(second, set('hip-hinge'), 0);
    expect(isEveryExerciseDone(done)).toBe(true);
    expect(done.restEndsAt).toBeNull();
  });

  it('comes back round to a skipped exercise', () => {
    const skipped = withExerciseSkipped(workout());
    expect(skipped.current).toBe(1);
    const hingeDone = withSetLogged(skipped, set('hip-hinge'), 0);
    expect(hingeDone.current).toBe(0);
  });

  it('picks up a workout under way on the server at its first exercise with sets left', () => {
    const local = fromServer(
      {
        id: 'w1',
        date: '2026-03-02',
        status: 'in-progress',
        painBefore: 1,
        effort: null,
        newSymptoms: null,
        prescription: workout().prescription,
        sets: [set('squat', 4), set('squat', 4)],
        startedAt: '2026-03-02T09:00:00Z',
        finishedAt: null,
        decisions: [],
      },
      { weightUnit: 'lb', equipment: workout().equipment },
      false,
    );
    expect(local.current).toBe(1);
    expect(local.lastPain).toBe(4);
    expect(local.weightUnit).toBe('lb');
  });
});

describe('pain during the workout on the phone', () => {
  const first = () => workout().prescription[0] as Prescription;
  const second = () => workout().prescription[1] as Prescription;

  it('offers an exercise only its own last pain: none before its first set', () => {
    const after = withSetLogged(withSetLogged(workout(), set('squat', 5), 0), set('squat', 3), 0);
    expect(lastPainOf(after, 'squat')).toBe(3);
    expect(lastPainOf(after, 'hip-hinge')).toBeNull();
  });

  it('stops an exercise whose pain rose 2 over the pain before, with no rest, until the member chooses', () => {
    const stopped = withSetLogged(workout(), set('squat', 4), 0);
    expect(stopped.restEndsAt).toBeNull();
    const stop = painStopOf(stopped, first());
    expect(stop).toMatchObject({ kind: 'stop-exercise', level: 2, lowerLevel: 1 });
    if (!stop) return;
    const skipped = withPainStopAnswered(stopped, stop, 'skip');
    expect(skipped.current).toBe(1);
    expect(painStopOf(skipped, first())).toBeNull();
    const lower = withPainStopAnswered(stopped, stop, 'lower');
    expect(lower.current).toBe(0);
    expect(prescriptionToday(lower, first()).level).toBe(1);
    expect(painStopOf(lower, first())).toBeNull();
    expect(painStopOf(stopped, second())).toBeNull();
  });

  it('ends the workout at 8/10, with no rest', () => {
    const ended = withSetLogged(workout(), set('squat', 8), 0);
    expect(ended.restEndsAt).toBeNull();
    expect(endingSetOf(ended)?.pain).toBe(8);
  });
});
