/**
 * The report's summary, written for a clinician: about the member in the third person, by name as the
 * account gives it (never a guessed title), in clinical terms, with each instrument by its full name. Made
 * from the same figures as the member's own story, which speaks to the member instead.
 */
import type { InstrumentProgress, MeasuresSummary } from '../../../contract/measures.ts';
import { INSTRUMENT_FULL_NAMES } from '../../../core/outcomes/instruments.ts';
import { meanPain, painPeriods } from '../../../core/progress/pain.ts';
import type { ExerciseProgress, PainPoint, TrainingProgress } from '../../../core/progress/types.ts';
import { formatDate, formatNumber } from '../../format.ts';
import { changeWords } from './report-words.ts';

/** The member as the report names them: the account's name as given, or "The member" without one. */
export function memberName(name: string): string {
  return name.trim() === '' ? 'The member' : name.trim();
}

function workouts(count: number): string {
  return `${formatNumber(count)} ${count === 1 ? 'workout' : 'workouts'}`;
}

/** "Jane Doe completed 72 of 78 prescribed workouts (92%) between 2 March 2026 and 25 May 2026." */
export function adherenceSentence(name: string, training: TrainingProgress): string {
  const { done, planned, share } = training.adherence;
  const who = memberName(name);
  const when = training.since
    ? ` between ${formatDate(training.since)} and ${formatDate(training.until)}`
    : '';
  if (planned === 0 && done === 0)
    return training.plan
      ? `${who} has a plan but has not yet started training.`
      : `${who} has not yet started training.`;
  if (planned === 0) return `${who} completed ${workouts(done)}${when}; none were prescribed in that time.`;
  if (done > planned)
    return `${who} completed ${workouts(done)}${when}, more than the ${formatNumber(planned)} prescribed.`;
  const percent = Math.round((share ?? done / planned) * 100);
  return `${who} completed ${formatNumber(done)} of ${formatNumber(planned)} prescribed workouts (${percent}%)${when}.`;
}

/** "Currently in Phase 3: Strength, prescribed 3 workouts a week; training is paused." */
export function planSentence(training: TrainingProgress): string | null {
  const { plan } = training;
  if (!plan) return null;
  const paused = plan.isPaused ? '; training is paused' : '';
  return `Currently in ${plan.phase}, prescribed ${workouts(plan.daysPerWeek)} a week${paused}.`;
}

function progressionClause(exercise: ExerciseProgress): string | null {
  const first = exercise.points[0];
  const latest = exercise.points.at(-1);
  if (!first || !latest || !exercise.from || !exercise.to) return null;
  const name = exercise.name.toLowerCase();
  if (exercise.points.length === 1 || exercise.from === exercise.to) return `${name} at ${exercise.to}`;
  const isEased = latest.level <= first.level && latest.loadStep <= first.loadStep;
  return `${name} ${isEased ? 'regressed' : 'progressed'} from ${exercise.from} to ${exercise.to}`;
}

/** "Exercise progression: squat progressed from a slight bend with no weight to a half squat…; …." */
export function progressionSentence(exercises: readonly ExerciseProgress[]): string | null {
  const clauses = exercises.map(progressionClause).filter((clause) => clause !== null);
  if (clauses.length === 0) return null;
  return `Exercise progression: ${clauses.join('; ')}.`;
}

const VERDICTS = {
  improved: 'a clinically meaningful improvement',
  worsened: 'a clinically meaningful deterioration',
  'no-meaningful-change': 'no clinically meaningful change',
} as const;

function fullName(instrument: InstrumentProgress): string {
  return INSTRUMENT_FULL_NAMES[instrument.instrumentId];
}

function measureClause(
  instrument: InstrumentProgress,
  startBack: MeasuresSummary['startBack'],
): string | null {
  const { baseline, latest, change } = instrument;
  if (instrument.instrumentId === 'start-back') {
    if (!startBack?.risk) return null;
    return `${fullName(instrument)}: ${startBack.risk} risk (${formatDate(startBack.takenOn)})`;
  }
  if (!baseline || !latest) return null;
  if (baseline.measureId === latest.measureId)
    return `${fullName(instrument)}: ${formatNumber(baseline.value)} at baseline (${formatDate(baseline.takenOn)}), not yet repeated`;
  const scores = `${formatNumber(baseline.value)} at baseline (${formatDate(baseline.takenOn)}) and ${formatNumber(latest.value)} on ${formatDate(latest.takenOn)}`;
  if (change) {
    const threshold = `minimal important change ${change.thresholds.points} points or ${change.thresholds.percentOfBaseline}%`;
    return `${fullName(instrument)}: ${scores}, ${changeWords(instrument)}, ${VERDICTS[change.verdict]} (${threshold})`;
  }
  return `${fullName(instrument)}: ${scores}, ${changeWords(instrument)}`;
}

/**
 * One sentence per instrument with a published minimal important change, by its full name (baseline,
 * latest, change and its meaning), and the STarT Back risk. The others are in the measures table beside it.
 */
export function measureSentences(measures: MeasuresSummary): string[] {
  return measures.instruments
    .filter((instrument) => instrument.change !== null || instrument.instrumentId === 'start-back')
    .map((instrument) => measureClause(instrument, measures.startBack))
    .filter((clause) => clause !== null)
    .map((clause) => `${clause}.`);
}

/** The highest pain during workouts over the same first and latest periods the member's charts compare. */
export function workoutPainSentence(pain: readonly PainPoint[]): string | null {
  const periods = painPeriods(pain);
  if (!periods) return null;
  const early = meanPain(periods.first.map((point) => point.during));
  const recent = meanPain(periods.latest.map((point) => point.during));
  if (early === null || recent === null) return null;
  const size = formatNumber(periods.size);
  return `Highest pain during workouts (0–10) averaged ${formatNumber(early)} over the first ${size} workouts and ${formatNumber(recent)} over the latest ${size}.`;
}

/** The summary's paragraphs: training, plan, progression, the measures with a threshold, and pain. */
export function clinicalSummary(
  name: string,
  training: TrainingProgress,
  measures: MeasuresSummary,
): string[] {
  return [
    adherenceSentence(name, training),
    planSentence(training),
    progressionSentence(training.exercises),
    ...measureSentences(measures),
    workoutPainSentence(training.pain),
  ].filter((sentence) => sentence !== null);
}
