/**
 * What each chart says in words: the caption a screen reader reads instead of the canvas, and the cells of
 * its table. Plain sentences with the numbers that matter, in the member's language settings.
 */
import type { InstrumentProgress } from '../../../contract/measures.ts';
import type { WeightUnit } from '../../../core/catalogue/loads.ts';
import type { Adherence, ExerciseProgress, PainPoint, WeekVolume } from '../../../core/progress/types.ts';
import { formatLoad, formatNumber } from '../../format.ts';
import { painAverages } from './series.ts';

/** "3 Mar 2026": short, and with the year, since a report can span more than one. */
export function tableDay(day: string, locale?: string): string {
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric' }).format(
    new Date(`${day.slice(0, 10)}T12:00:00`),
  );
}

function plural(count: number, one: string, many: string): string {
  return `${formatNumber(count)} ${count === 1 ? one : many}`;
}

/** "Level 3, half squat". */
export function levelWords(exercise: Pick<ExerciseProgress, 'levelNames'>, level: number): string {
  const name = exercise.levelNames[level - 1];
  return name ? `Level ${level}, ${name.toLowerCase()}` : `Level ${level}`;
}

/** Where the member is now, read before the chart: "Now: level 3 of 5, half squat, light band". */
export function exerciseNow(exercise: ExerciseProgress, unit: WeightUnit): string | null {
  const latest = exercise.points.at(-1);
  if (!latest) return null;
  const name = exercise.levelNames[latest.level - 1];
  const level = `level ${latest.level} of ${exercise.levelNames.length}${name ? `, ${name.toLowerCase()}` : ''}`;
  return `Now: ${level}, ${formatLoad(latest.load, unit).toLowerCase()}`;
}

/** Read instead of the two stacked charts: where the exercise went, and which chart shows what. */
export function exerciseCaption(exercise: ExerciseProgress): string {
  const first = exercise.points[0];
  const last = exercise.points.at(-1);
  if (!first || !last) return `${exercise.name}: not done yet.`;
  const workouts = plural(exercise.points.length, 'workout', 'workouts');
  const charts =
    'Range level is drawn in the upper chart and load in the lower one, each on its own scale, on the same dates.';
  if (exercise.points.length === 1 || !exercise.from || !exercise.to) {
    return `${exercise.name}: ${exercise.to ?? levelWords(exercise, last.level).toLowerCase()} on ${tableDay(last.date)}, over ${workouts}. ${charts}`;
  }
  return `${exercise.name}: from ${exercise.from} on ${tableDay(first.date)} to ${exercise.to} on ${tableDay(last.date)}, over ${workouts}. ${charts}`;
}

export function volumeCaption(weeks: readonly WeekVolume[]): string {
  const latest = weeks.at(-1);
  if (!latest) return 'No reps logged yet.';
  const total = weeks.reduce((sum, week) => sum + week.reps, 0);
  const busiest = weeks.reduce((best, week) => (week.reps > best.reps ? week : best), latest);
  return `${plural(total, 'rep', 'reps')} over ${plural(weeks.length, 'week', 'weeks')}. The most in one week: ${formatNumber(busiest.reps)}, the week of ${tableDay(busiest.weekStart)}. The latest week, from ${tableDay(latest.weekStart)}: ${formatNumber(latest.reps)}.`;
}

function painPair(averages: { during: number | null; nextMorning: number | null }): string {
  const during = averages.during === null ? 'not logged' : formatNumber(averages.during);
  const morning = averages.nextMorning === null ? 'no check-ins' : formatNumber(averages.nextMorning);
  return `${during} during, ${morning} the next morning`;
}

export function painCaption(points: readonly PainPoint[]): string {
  const averages = painAverages(points);
  if (!averages) return 'No pain logged yet.';
  if (averages.kind === 'all')
    return `Average pain, 0 to 10, over your ${plural(averages.workouts, 'workout', 'workouts')}: ${painPair(averages.all)}.`;
  return `Average pain, 0 to 10, over your first ${formatNumber(averages.size)} workouts: ${painPair(averages.first)}; over your latest ${formatNumber(averages.size)}: ${painPair(averages.latest)}.`;
}

/** "86%": the share of planned workouts done. */
export function shareWords(share: number | null): string {
  return share === null ? 'nothing planned yet' : `${Math.round(share * 100)}%`;
}

export function adherenceCaption(adherence: Adherence): string {
  if (adherence.planned === 0)
    return `${plural(adherence.done, 'workout', 'workouts')} done; none planned yet.`;
  return `${formatNumber(adherence.done)} of ${plural(adherence.planned, 'planned workout', 'planned workouts')} done (${shareWords(adherence.share)}), over ${plural(adherence.weeks.length, 'week', 'weeks')}.`;
}

/** The score in the instrument's own scale, e.g. "32" or "6.5". */
export function scoreWords(value: number): string {
  return formatNumber(value);
}

/**
 * What the measure's chart says: the server's meaningful-change sentence where the instrument has a
 * published threshold, the chair-stand comparison, or else the first and the latest score.
 */
export function measureCaption(instrument: InstrumentProgress): string {
  const { baseline, latest, name } = instrument;
  if (!baseline || !latest) return `${name}: not taken yet.`;
  const scores =
    baseline.measureId === latest.measureId
      ? `${name}: ${scoreWords(baseline.value)} on ${tableDay(baseline.takenOn)}, your first.`
      : `${name}: ${scoreWords(baseline.value)} on ${tableDay(baseline.takenOn)}, ${scoreWords(latest.value)} on ${tableDay(latest.takenOn)}.`;
  const judged = instrument.change?.sentence ?? instrument.comparison;
  return judged ? `${scores} ${judged}` : scores;
}
