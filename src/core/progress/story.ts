/**
 * The story so far, in a few plain sentences made from the figures: where each exercise went, what the
 * measures say by their published thresholds, how the training went week to week. It says what happened,
 * good or bad; before there is anything to tell, it says what will appear and when.
 */
import { capitalise, joinWithAnd } from '../engine/words.ts';
import { formatScore } from '../outcomes/instrument.ts';
import {
  type ChangeInstrument,
  MEANINGFUL_CHANGE,
  type MeaningfulChange,
  meaningfulChange,
} from '../outcomes/meaningful-change.ts';
import { crossesYear, dateInWords } from './calendar.ts';
import type { HistoryMeasure, ProgressHistory } from './history.ts';
import { meanPain, painPeriods } from './pain.ts';
import type { Adherence, ExerciseProgress, PainPoint } from './types.ts';
import { count, exerciseName } from './words.ts';

export interface StoryFacts {
  history: ProgressHistory;
  /** The first counted workout's date; null before it. */
  firstWorkoutOn: string | null;
  workoutCount: number;
  exercises: readonly ExerciseProgress[];
  adherence: Adherence;
  /** Days the plan was paused between the plan's start and today. */
  pausedDays: number;
  pain: readonly PainPoint[];
}

const MOST_SENTENCES = 5;

export function tellStory(facts: StoryFacts): string[] {
  if (facts.firstWorkoutOn === null) return [beforeFirstWorkout(facts.history)];
  const withYear = crossesYear(facts.firstWorkoutOn, facts.history.today);
  const changes = measureChanges(facts.history);
  const sentences = [
    trainingSentence(facts, withYear),
    measuresSentence(facts.history, changes),
    changes.some((change) => change.verdict === 'worsened') ? SETBACK : null,
    pausedNowSentence(facts.history),
    adherenceSentence(facts.adherence, facts.pausedDays),
    painSentence(facts.pain),
  ];
  return sentences.filter((sentence) => sentence !== null).slice(0, MOST_SENTENCES);
}

function beforeFirstWorkout(history: ProgressHistory): string {
  const { plan } = history;
  if (plan === null) {
    return 'Your progress will appear here after your first workout; first answer the safety questions and the short assessment that sets up your plan.';
  }
  if (plan.pause?.waitingFor === 'clearance') {
    return 'Your progress will appear here after your first workout, once a doctor has cleared you to exercise and you have told us.';
  }
  if (plan.pause?.waitingFor === 'screen') {
    return 'Your progress will appear here after your first workout, once you have answered the safety questions again.';
  }
  return 'Your progress will appear here after your first workout: how far and with what load you do each exercise, week by week, beside your pain and your scores.';
}

/** One clause per exercise: where it started and where it is now, said plainly whichever way it went. */
function exerciseClause(
  progress: ExerciseProgress,
  isFirstWorkout: boolean,
  since: string,
  withYear: boolean,
): string | null {
  const first = progress.points[0];
  const latest = progress.points.at(-1);
  if (!first || !latest || progress.from === null || progress.to === null) return null;
  const name = exerciseName(progress.exerciseId);
  if (isFirstWorkout) return `${name} at ${progress.to}`;
  if (progress.points.length === 1) return `${name} started at ${progress.to}`;
  const levelMove = Math.sign(latest.level - first.level);
  const loadMove = Math.sign(latest.loadStep - first.loadStep);
  if (levelMove === 0 && loadMove === 0) {
    // An exercise the plan added later has not had time to move: "still" would read as being stuck.
    return first.date > since
      ? `${name}, added on ${dateInWords(first.date, withYear)}, at ${progress.to}`
      : `${name} still at ${progress.to}`;
  }
  if (levelMove <= 0 && loadMove <= 0) return `${name} eased back from ${progress.from} to ${progress.to}`;
  return `${name} from ${progress.from} to ${progress.to}`;
}

function trainingSentence(facts: StoryFacts, withYear: boolean): string {
  const since = dateInWords(facts.firstWorkoutOn ?? facts.history.today, withYear);
  const isFirstWorkout = facts.workoutCount === 1;
  const clauses = facts.exercises
    .map((progress) =>
      exerciseClause(progress, isFirstWorkout, facts.firstWorkoutOn ?? facts.history.today, withYear),
    )
    .filter((clause) => clause !== null);
  const what = clauses.length > 0 ? clauses.join('; ') : 'no sets logged yet';
  return isFirstWorkout ? `Your first workout, on ${since}: ${what}.` : `Since ${since}: ${what}.`;
}

/** The measures the story tells: the disability questionnaire in use, and pain. */
function toldMeasures(history: ProgressHistory): ChangeInstrument[] {
  return [history.disabilityInstrument, 'pain'];
}

function valuesOf(measures: readonly HistoryMeasure[], measure: ChangeInstrument): number[] {
  return measures
    .filter((entry) => entry.instrumentId === measure && entry.value !== null)
    .map((entry) => entry.value as number);
}

/** Baseline → latest of each told measure taken at least twice, judged by the published threshold. */
function measureChanges(history: ProgressHistory): MeaningfulChange[] {
  return toldMeasures(history).flatMap((measure) => {
    const values = valuesOf(history.measures, measure);
    const baseline = values[0];
    const latest = values.at(-1);
    if (values.length < 2 || baseline === undefined || latest === undefined) return [];
    return [meaningfulChange(measure, baseline, latest)];
  });
}

function measureLabel(measure: ChangeInstrument): string {
  return measure === 'pain' ? 'back pain' : MEANINGFUL_CHANGE[measure].name;
}

function verdictWords(change: MeaningfulChange): string {
  switch (change.verdict) {
    case 'improved':
      return 'a meaningful improvement';
    case 'worsened':
      return 'a meaningful change for the worse';
    case 'no-meaningful-change':
      return `no meaningful change (that takes ${change.thresholds.points} points, or ${change.thresholds.percentOfBaseline}% of where you started)`;
  }
}

function measuresSentence(history: ProgressHistory, changes: readonly MeaningfulChange[]): string {
  if (changes.length > 0) {
    const clauses = changes.map(
      (change) =>
        `${measureLabel(change.instrumentId)} ${formatScore(change.baseline)} → ${formatScore(change.latest)}, ${verdictWords(change)}`,
    );
    return `${capitalise(clauses.join('; '))}.`;
  }
  const firsts = toldMeasures(history).flatMap((measure) => {
    const [baseline] = valuesOf(history.measures, measure);
    if (baseline === undefined) return [];
    return measure === 'pain'
      ? [`back pain was ${formatScore(baseline)}/10`]
      : [`${MEANINGFUL_CHANGE[measure].name} score was ${formatScore(baseline)}`];
  });
  if (firsts.length > 0) {
    return `Your first ${joinWithAnd(firsts)}; your next scores, a few weeks on, will show how ${firsts.length === 1 ? 'it changes' : 'they change'}.`;
  }
  const names = toldMeasures(history).map((measure) => measureLabel(measure));
  return `Your ${joinWithAnd(names)} scores join this story once you have given them twice, a few weeks apart.`;
}

const SETBACK =
  'Setbacks happen with back pain and are worth talking about: please tell your coach how you are doing, and keep each movement within the range that stays comfortable.';

function pausedNowSentence(history: ProgressHistory): string | null {
  const pause = history.plan?.pause;
  if (!pause) return null;
  const until = {
    clearance: 'until you tell us a doctor has cleared you to exercise',
    screen: 'until you answer the safety questions again',
    coach: 'until your coach starts it again with you',
  }[pause.waitingFor];
  return `Your plan is paused for now, ${until}; the paused days do not count against you.`;
}

function adherenceSentence(adherence: Adherence, pausedDays: number): string | null {
  if (adherence.share === null) return null;
  const { done, planned } = adherence;
  const notCounting =
    pausedDays > 0 ? `, not counting the ${count(pausedDays, 'day')} your plan was paused` : '';
  if (done > planned)
    return `You did ${count(done, 'workout')}, more than the ${planned} your plan asked for${notCounting}.`;
  if (done === planned) return `You did ${count(done, 'workout')}: all your plan asked for${notCounting}.`;
  const percent = Math.round(adherence.share * 100);
  return `You did ${count(done, 'workout')} of the ${planned} your plan asked for (${percent}%)${notCounting}.`;
}

/** The highest pain during workouts, the first period against the latest (see `painPeriods`). */
function painSentence(pain: readonly PainPoint[]): string | null {
  const periods = painPeriods(pain);
  if (!periods) return null;
  const early = meanPain(periods.first.map((point) => point.during));
  const recent = meanPain(periods.latest.map((point) => point.during));
  if (early === null || recent === null) return null;
  return `Your highest pain during a workout averaged ${formatScore(early)}/10 over your first ${periods.size} workouts and ${formatScore(recent)}/10 over your last ${periods.size}.`;
}
