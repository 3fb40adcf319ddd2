/**
 * The alert rules: from one member's data, every cause worth their coach's attention, each with its
 * severity, a reason in plain words and a link to the evidence. Pure: the server loads, calls, stores.
 *
 *   critical  a red flag or a safety hold; pain 7 or more; a pain pause
 *   high      pain 5 or more and 2 or more above usual; a regression the engine marked to tell the coach;
 *             a meaningful worsening in a measure; high STarT Back risk
 *   low       pain 5 or more and 1 above usual; the same form fault in two workouts (the engine's
 *             `form-repeat-regress`); no workout for three planned training days
 *   stalled   no workout for 14 days
 *
 * One event (a workout, a check-in, a screen, a measure) gives one alert: when several rules fire on it
 * the most severe wins. The cause key names the event and the severity, so a workout whose pain grows
 * from 5 to 8 set by set escalates (a low alert, then a critical one) and a second run adds nothing.
 */
import { getExercise } from '../catalogue/index.ts';
import { addDays, daysBetween } from '../engine/dates.ts';
import type { Change } from '../engine/decision.ts';
import { METHOD } from '../engine/rules.ts';
import { isTrainingDay } from '../engine/schedule.ts';
import {
  CHANGE_INSTRUMENTS,
  type ChangeInstrument,
  meaningfulChange,
} from '../outcomes/meaningful-change.ts';
import {
  type AlertCause,
  type AlertEvidence,
  type AlertKind,
  type AlertSeverity,
  evidenceLinks,
  mostSevere,
  shortDate,
} from './alert.ts';
import type {
  CareCheckIn,
  CareDecision,
  CareHistory,
  CareMeasure,
  CareScreen,
  CareWorkout,
} from './care-history.ts';
import { type PainReading, usualPainBefore } from './usual-pain.ts';

export const ALERT_RULES = {
  /** Pain at or above this is critical, whatever the member's usual. */
  criticalPainFrom: 7,
  /** Pain at or above this is compared with the member's usual. */
  comparedPainFrom: 5,
  highAboveUsualBy: 2,
  lowAboveUsualBy: 1,
  missedTrainingDays: 3,
  stalledAfterDays: 14,
  /**
   * Only events of the last fortnight raise an alert: a coach given a member with months of history
   * hears about what is happening now, not about every old bad day.
   */
  lookbackDays: 14,
} as const;

interface Candidate {
  kind: AlertKind;
  severity: AlertSeverity;
  reason: string;
  evidence: AlertEvidence;
}

/** Every alert cause in the member's data, oldest event first. */
export function alertCauses(history: CareHistory): AlertCause[] {
  const since = addDays(history.today, -ALERT_RULES.lookbackDays);
  const readings = painReadings(history);
  const causes: AlertCause[] = [];
  const add = (key: string, on: string, candidates: readonly Candidate[], keyedBySeverity = true) => {
    const chosen = mostSevere(candidates);
    if (!chosen || on < since) return;
    const cause = keyedBySeverity ? `${key}:${chosen.severity}` : key;
    causes.push({ cause, on, ...chosen });
  };
  for (const workout of history.workouts) {
    add(`workout:${workout.id}`, workout.date, workoutCandidates(history, workout, readings));
  }
  for (const checkIn of history.checkIns) {
    add(`check-in:${checkIn.id}`, checkIn.on, checkInCandidates(history, checkIn, readings));
  }
  for (const screen of history.screens) {
    add(`screen:${screen.id}`, screen.on, screenCandidates(history.memberId, screen), false);
  }
  for (const measure of history.measures) {
    add(`measure:${measure.id}`, measure.takenOn, measureCandidates(history, measure), false);
  }
  causes.push(...gapCauses(history));
  return causes.sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0));
}

/** Every pain score the member gave, on its day: before a workout, during its sets, at a check-in. */
export function painReadings(history: Pick<CareHistory, 'workouts' | 'checkIns'>): PainReading[] {
  const readings: PainReading[] = [];
  for (const workout of history.workouts) {
    readings.push({ on: workout.date, pain: workout.painBefore });
    for (const set of workout.sets) readings.push({ on: workout.date, pain: set.pain });
  }
  for (const checkIn of history.checkIns) readings.push({ on: checkIn.on, pain: checkIn.pain });
  return readings;
}

function exerciseName(exerciseId: CareWorkout['sets'][number]['exerciseId']): string {
  return getExercise(exerciseId).name.toLowerCase();
}

function decisionsFrom(history: CareHistory, source: CareDecision['source'], id: string): CareDecision[] {
  return history.decisions.filter((decision) => decision.source === source && decision.sourceId === id);
}

/** A step back: something the member does got easier (a level, a load or a set less). */
function isStepBack(change: Change): boolean {
  return (
    (change.level !== undefined && change.level.to < change.level.from) ||
    change.load !== undefined ||
    (change.targetSets !== undefined && change.targetSets.to < change.targetSets.from)
  );
}

/** Pain against the member's usual: high, low or nothing, for a score of 5 or more under 7. */
function aboveUsual(pain: number, usual: number | null): AlertSeverity | null {
  if (pain < ALERT_RULES.comparedPainFrom || usual === null) return null;
  if (pain - usual >= ALERT_RULES.highAboveUsualBy) return 'high';
  if (pain - usual >= ALERT_RULES.lowAboveUsualBy) return 'low';
  return null;
}

function usualWords(usual: number): string {
  return `their usual is ${usual}/10`;
}

function decisionCandidates(decisions: readonly CareDecision[], evidence: AlertEvidence): Candidate[] {
  return decisions.flatMap((decision): Candidate[] => {
    const when = shortDate(decision.on);
    if (decision.ruleId === 'form-repeat-regress') {
      return [
        {
          kind: 'form-repeat',
          severity: 'low',
          reason: `The same form fault two workouts running, ${when}: ${decision.sentence}`,
          evidence,
        },
      ];
    }
    if (decision.tellCoach && isStepBack(decision.change)) {
      return [
        {
          kind: 'regression',
          severity: 'high',
          reason: `Stepped back on ${when}: ${decision.sentence}`,
          evidence,
        },
      ];
    }
    return [];
  });
}

function workoutCandidates(
  history: CareHistory,
  workout: CareWorkout,
  readings: readonly PainReading[],
): Candidate[] {
  const evidence = evidenceLinks.workout(history.memberId, workout.id);
  const decisions = decisionsFrom(history, 'workout', workout.id);
  // The pain itself first: of equally severe candidates the first wins, and the pain is the plainer reason.
  const candidates: Candidate[] = [];
  const fromDecisions = decisionCandidates(decisions, evidence);
  const worst = workout.sets.reduce<CareWorkout['sets'][number] | undefined>(
    (found, set) => (!found || set.pain > found.pain ? set : found),
    undefined,
  );
  if (!worst) return fromDecisions;
  const when = shortDate(workout.date);
  const during = `Pain ${worst.pain}/10 during a ${exerciseName(worst.exerciseId)} set on ${when}`;
  const paused = decisions.some((decision) => decision.ruleId === 'pain-pause');
  if (paused || worst.pain >= METHOD.pain.pauseFrom) {
    const reason = paused
      ? `${during} — the workout ended and the plan paused.`
      : `${during} — the workout ended.`;
    candidates.push({ kind: 'pain-pause', severity: 'critical', reason, evidence });
  } else if (worst.pain >= ALERT_RULES.criticalPainFrom) {
    candidates.push({ kind: 'severe-pain', severity: 'critical', reason: `${during}.`, evidence });
  } else {
    const usual = usualPainBefore(readings, workout.date);
    const severity = aboveUsual(worst.pain, usual);
    if (severity && usual !== null) {
      candidates.push({
        kind: 'pain-above-usual',
        severity,
        reason: `${during}; ${usualWords(usual)}.`,
        evidence,
      });
    }
  }
  return [...candidates, ...fromDecisions];
}

function checkInCandidates(
  history: CareHistory,
  checkIn: CareCheckIn,
  readings: readonly PainReading[],
): Candidate[] {
  const decisions = decisionsFrom(history, 'check-in', checkIn.id);
  const fromDecisions = decisionCandidates(decisions, evidenceLinks.decisions(history.memberId));
  const candidates: Candidate[] = [];
  const evidence = evidenceLinks.progress(history.memberId);
  const said = `Pain ${checkIn.pain}/10 at the morning check-in on ${shortDate(checkIn.on)}`;
  if (decisions.some((decision) => decision.ruleId === 'pain-pause')) {
    candidates.push({
      kind: 'pain-pause',
      severity: 'critical',
      reason: `${said} — the plan paused.`,
      evidence,
    });
  } else if (checkIn.pain >= ALERT_RULES.criticalPainFrom) {
    candidates.push({ kind: 'severe-pain', severity: 'critical', reason: `${said}.`, evidence });
  } else {
    const usual = usualPainBefore(readings, checkIn.on);
    const severity = aboveUsual(checkIn.pain, usual);
    if (severity && usual !== null) {
      candidates.push({
        kind: 'pain-above-usual',
        severity,
        reason: `${said}; ${usualWords(usual)}.`,
        evidence,
      });
    }
  }
  return [...candidates, ...fromDecisions];
}

function screenCandidates(memberId: string, screen: CareScreen): Candidate[] {
  if (screen.outcome === 'continue') return [];
  const signs = screen.signs.length > 0 ? `: ${screen.signs.join(', ')}` : '';
  const sent = screen.outcome === 'emergency' ? 'sent to an emergency department' : 'asked to see a doctor';
  const hold = screen.isCleared
    ? 'a doctor has since cleared them'
    : 'their account is on hold until a doctor clears them';
  return [
    {
      kind: 'red-flag',
      severity: 'critical',
      reason: `Red-flag signs on ${shortDate(screen.on)}${signs}. They were ${sent}; ${hold}.`,
      evidence: evidenceLinks.progress(memberId),
    },
  ];
}

function isChangeInstrument(id: string): id is ChangeInstrument {
  return (CHANGE_INSTRUMENTS as readonly string[]).includes(id);
}

function measureCandidates(history: CareHistory, measure: CareMeasure): Candidate[] {
  const evidence = evidenceLinks.checkUps(history.memberId);
  const when = shortDate(measure.takenOn);
  const candidates: Candidate[] = [];
  if (measure.instrumentId === 'start-back' && measure.startBackRisk === 'high') {
    candidates.push({
      kind: 'start-back-high',
      severity: 'high',
      reason: `STarT Back on ${when} puts them at high risk: worries and low mood weigh on their back pain as much as the pain itself.`,
      evidence,
    });
  }
  const { instrumentId, value } = measure;
  if (isChangeInstrument(instrumentId) && value !== null) {
    // The baseline is the instrument's first score, as the check-ups screen reads meaningful change.
    const baseline = history.measures.find((m) => m.instrumentId === instrumentId && m.value !== null);
    if (baseline && baseline.id !== measure.id) {
      const change = meaningfulChange(instrumentId, baseline.value as number, value);
      if (change.verdict === 'worsened') {
        candidates.push({
          kind: 'measure-worse',
          severity: 'high',
          reason: `${change.sentence} Taken on ${when}.`,
          evidence,
        });
      }
    }
  }
  return candidates;
}

/**
 * The time-based causes, from the last day trained (or the plan's start): planned training days gone by
 * without a workout, and a stall. Nothing while the plan is paused: a paused plan asks for no workouts.
 */
function gapCauses(history: CareHistory): AlertCause[] {
  const { plan, today, memberId } = history;
  if (!plan || plan.isPaused) return [];
  const trained = history.workouts
    .filter((w) => w.status === 'finished' || w.sets.length > 0)
    .map((w) => w.date);
  const lastTrained = trained.reduce<string | null>(
    (last, date) => (!last || date > last ? date : last),
    null,
  );
  const since = lastTrained ?? plan.startedOn;
  const firstOpenDay = lastTrained ? addDays(lastTrained, 1) : plan.startedOn;
  // The days the plan would have offered, as if the member had trained on each: the schedule spaces
  // them (never two running, the week's count), so they are the engine's own planned training days.
  const planned = [...trained];
  let missed = 0;
  // Today is not missed yet: the member may still train.
  for (let day = firstOpenDay; day < today; day = addDays(day, 1)) {
    if (!isTrainingDay(plan.daysPerWeek, planned, day)) continue;
    planned.push(day);
    missed += 1;
  }
  const noneSince = lastTrained
    ? `No workout since ${shortDate(lastTrained)}`
    : `No workout since the plan started on ${shortDate(plan.startedOn)}`;
  const evidence = evidenceLinks.workouts(memberId);
  const causes: AlertCause[] = [];
  if (missed >= ALERT_RULES.missedTrainingDays) {
    causes.push({
      cause: `missed-training:since:${since}`,
      kind: 'missed-training',
      severity: 'low',
      reason: `${noneSince}: ${missed} planned training days have gone by.`,
      evidence,
      on: today,
    });
  }
  const idleDays = daysBetween(since, today);
  if (idleDays >= ALERT_RULES.stalledAfterDays) {
    causes.push({
      cause: `stalled:since:${since}`,
      kind: 'stalled',
      severity: 'stalled',
      reason: `${noneSince}: ${idleDays} days without training.`,
      evidence,
      on: today,
    });
  }
  return causes;
}
