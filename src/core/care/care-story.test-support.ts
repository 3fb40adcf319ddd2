/**
 * A member's story for the alert scenarios, told day by day like a coach's notes:
 * `story('2026-03-02').usualPain(2).workout('squat 3 3 8', { decisions: ['pain-pause'] })`.
 * Each event happens on the next day (or on a day given); ids are readable ("w1", "w1-s3", "c1").
 */
import type { ExerciseId, FormFaultId } from '../catalogue/types.ts';
import { addDays } from '../engine/dates.ts';
import type { RuleId } from '../engine/rules.ts';
import type { StartBackRisk } from '../outcomes/start-back.ts';
import type { AlertCause } from './alert.ts';
import { alertCauses } from './alert-rules.ts';
import type { CareDecision, CareHistory } from './care-history.ts';

export const MEMBER = 'm1';

const STEP_BACK = { level: { from: 3, to: 2 } };

export function story(startedOn: string, daysPerWeek = 3) {
  const history: CareHistory & {
    workouts: CareHistory['workouts'][number][];
    checkIns: CareHistory['checkIns'][number][];
    decisions: CareDecision[];
    screens: CareHistory['screens'][number][];
    measures: CareHistory['measures'][number][];
  } = {
    memberId: MEMBER,
    today: startedOn,
    plan: { startedOn, daysPerWeek, isPaused: false },
    workouts: [],
    checkIns: [],
    decisions: [],
    screens: [],
    measures: [],
  };
  let day = startedOn;
  let count = 0;
  const next = (on?: string) => {
    day = on ?? (count === 0 ? day : addDays(day, 1));
    count += 1;
    if (day > history.today) history.today = day;
    return day;
  };
  const decide = (source: CareDecision['source'], sourceId: string, on: string, rules: readonly RuleId[]) => {
    for (const ruleId of rules) {
      history.decisions.push({
        id: `${sourceId}-${ruleId}`,
        source,
        sourceId,
        on,
        exerciseId: 'squat',
        ruleId,
        change: ruleId === 'pain-pause' ? { paused: { from: false, to: true } } : STEP_BACK,
        sentence: `(${ruleId} sentence)`,
        tellCoach: ruleId !== 'pain-pause',
      });
    }
  };
  const api = {
    history,
    /** Three readings at this pain on the days before: what "usual" is made of. */
    usualPain(pain: number) {
      for (let i = 0; i < 3; i += 1) api.workout(`squat ${pain}`, { before: pain });
      return api;
    },
    /** `squat 3 3 8` — one set each, with its pain; `faults` go on the last set. */
    workout(
      sets: string,
      options: { on?: string; before?: number; decisions?: RuleId[]; faults?: FormFaultId[] } = {},
    ) {
      const on = next(options.on);
      const id = `w${history.workouts.length + 1}`;
      const [exerciseId, ...pains] = sets.split(' ') as [ExerciseId, ...string[]];
      history.workouts.push({
        id,
        date: on,
        status: 'finished',
        painBefore: options.before ?? 2,
        sets: pains.map((pain, index) => ({
          id: `${id}-s${index + 1}`,
          exerciseId,
          pain: Number(pain),
          faults: index === pains.length - 1 ? (options.faults ?? []) : [],
        })),
      });
      decide('workout', id, on, options.decisions ?? []);
      if (options.decisions?.includes('pain-pause') && history.plan)
        history.plan = { ...history.plan, isPaused: true };
      return api;
    },
    checkIn(pain: number, options: { decisions?: RuleId[] } = {}) {
      const on = next();
      const id = `c${history.checkIns.length + 1}`;
      history.checkIns.push({ id, workoutOn: addDays(on, -1), on, pain });
      decide('check-in', id, on, options.decisions ?? []);
      return api;
    },
    screen(outcome: 'emergency' | 'see-doctor' | 'continue', signs: string[] = []) {
      const on = next();
      history.screens.push({ id: `s${history.screens.length + 1}`, on, outcome, signs, isCleared: false });
      return api;
    },
    measure(
      instrumentId: CareHistory['measures'][number]['instrumentId'],
      value: number,
      startBackRisk: StartBackRisk | null = null,
    ) {
      const on = next();
      history.measures.push({
        id: `q${history.measures.length + 1}`,
        instrumentId,
        takenOn: on,
        value,
        startBackRisk,
      });
      return api;
    },
    rest(days: number) {
      day = addDays(day, days);
      if (day > history.today) history.today = day;
      return api;
    },
    pausePlan() {
      if (history.plan) history.plan = { ...history.plan, isPaused: true };
      return api;
    },
    alerts(): AlertCause[] {
      return alertCauses(history);
    },
    /** "critical pain-pause workout:w4:critical" for each alert: what a scenario's expectation reads. */
    summary(): string[] {
      return alertCauses(history).map((alert) => `${alert.severity} ${alert.kind} ${alert.cause}`);
    },
  };
  return api;
}
