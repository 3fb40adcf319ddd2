import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { afterSet, painStopsIn, setRefusal, stoppedLevel } from './pain-during-workout.ts';

const AT = '2026-03-02T18:10:00Z';
const squat = (level: number, pain: number) => ({ exerciseId: 'squat' as const, level, pain });

describe('pain during a workout, set by set', () => {
  it('ends the workout at 8/10 with the pause decision the finish would make', () => {
    const after = afterSet(squat(3, 8), 2, AT);
    expect(after.kind).toBe('end-workout');
    if (after.kind !== 'end-workout') return;
    expect(after.decision).toMatchObject({
      exerciseId: 'squat',
      ruleId: 'pain-pause',
      inputs: { pain: 8, at: AT, alreadyPaused: false },
      change: { paused: { from: false, to: true } },
      tellCoach: true,
    });
    expect(after.decision.sentence).toMatch(/8\/10/);
  });

  it('stops the exercise when pain rises 2 points over the pain before, offering one level lower', () => {
    const after = afterSet(squat(3, 4), 2, AT);
    expect(after).toMatchObject({ kind: 'stop-exercise', level: 3, lowerLevel: 2 });
    if (after.kind !== 'stop-exercise') return;
    expect(after.decision).toMatchObject({
      ruleId: 'pain-stop-exercise',
      inputs: { pain: 4, painBefore: 2, risenBy: 2, level: 3 },
      change: {},
    });
    expect(after.decision.sentence).toBe(
      'Your pain went up to 4/10 during the squat, from 2/10 before the workout, so stop the squat at this level for today: skip it, or go on one level lower, at level 2 (quarter squat), if that stays comfortable; the rest of your workout carries on.',
    );
  });

  it('stops the exercise above 5/10 even when the member started high, and only skips at level 1', () => {
    const after = afterSet(squat(1, 6), 5, AT);
    expect(after).toMatchObject({ kind: 'stop-exercise', lowerLevel: null });
    if (after.kind !== 'stop-exercise') return;
    expect(after.decision.sentence).toBe(
      'Your pain reached 6/10 during the squat, so stop the squat for today; the rest of your workout carries on.',
    );
  });

  it('carries on below both lines', () => {
    expect(afterSet(squat(3, 3), 2, AT)).toEqual({ kind: 'carry-on' });
    expect(afterSet(squat(3, 5), 4, AT)).toEqual({ kind: 'carry-on' });
  });

  it('refuses a set at or above the stopped level, lets one lower in, and nothing after an ending set', () => {
    const earlier = [squat(3, 2), squat(3, 5)];
    expect(stoppedLevel(earlier, 'squat', 2)).toBe(3);
    expect(setRefusal(earlier, 2, squat(3, 1))).toEqual({
      reason: 'exercise-stopped',
      exerciseId: 'squat',
      level: 3,
    });
    expect(setRefusal(earlier, 2, squat(2, 1))).toBeNull();
    expect(setRefusal(earlier, 2, { exerciseId: 'hip-hinge', level: 3, pain: 1 })).toBeNull();
    expect(setRefusal([squat(3, 9)], 2, { exerciseId: 'hip-hinge', level: 1, pain: 0 })).toEqual({
      reason: 'workout-ended-for-pain',
      pain: 9,
    });
  });

  it('records one decision per stop, and none for a set that ended the workout (the pause covers it)', () => {
    const sets = [squat(3, 2), squat(3, 4), squat(2, 9)];
    expect(painStopsIn({ painBefore: 2, sets: sets.map(asLog) }).map((d) => d.ruleId)).toEqual([
      'pain-stop-exercise',
    ]);
  });

  it('never lets a set in at the level the pain stopped, whatever the pains', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10 }),
        fc.array(fc.record({ level: fc.integer({ min: 1, max: 5 }), pain: fc.integer({ min: 0, max: 7 }) })),
        (painBefore, sets) => {
          const logged = sets.map((set) => squat(set.level, set.pain));
          for (const set of logged) {
            const after = afterSet(set, painBefore, AT);
            if (after.kind === 'stop-exercise') {
              expect(setRefusal(logged, painBefore, squat(after.level, 0))).not.toBeNull();
            }
          }
        },
      ),
    );
  });
});

function asLog(set: ReturnType<typeof squat>) {
  return { ...set, reps: 10, load: { kind: 'bodyweight' as const }, faults: [] };
}
