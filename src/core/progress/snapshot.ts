/**
 * This month against the first, in a few rows for Today: range level, load, pain during workouts and the
 * back-disability score. Only rows the member's history really has: a measure never taken, or a figure
 * missing from either month, is no row at all. Months are calendar months of the member's own dates.
 */
import { formatScore } from '../outcomes/instrument.ts';
import type { HistoryMeasure, ProgressHistory } from './history.ts';
import type { ExerciseProgress, PainPoint, ProgressSnapshot, SnapshotRow } from './types.ts';

const monthOf = (date: string) => date.slice(0, 7);
const mean = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;

/** Where each exercise stood at the end of the first month and stands now, for those done in the first. */
function standings(exercises: readonly ExerciseProgress[], firstMonth: string) {
  return exercises.flatMap((exercise) => {
    const inFirst = exercise.points.filter((point) => monthOf(point.date) === firstMonth);
    const first = inFirst.at(-1);
    const now = exercise.points.at(-1);
    return first && now ? [{ first, now }] : [];
  });
}

function levelRow(stands: ReturnType<typeof standings>): SnapshotRow[] {
  if (stands.length === 0) return [];
  const first = mean(stands.map((stand) => stand.first.level));
  const now = mean(stands.map((stand) => stand.now.level));
  return [
    {
      measure: 'level',
      label: 'Range level, on average',
      first: formatScore(first),
      now: formatScore(now),
      isBetter: now > first ? true : now < first ? false : null,
    },
  ];
}

function loadRow(stands: ReturnType<typeof standings>): SnapshotRow[] {
  const first = stands.filter((stand) => stand.first.load.kind !== 'bodyweight').length;
  const now = stands.filter((stand) => stand.now.load.kind !== 'bodyweight').length;
  if (first === 0 && now === 0) return [];
  return [
    {
      measure: 'load',
      label: 'Exercises with a band or weight',
      first: `${first} of ${stands.length}`,
      now: `${now} of ${stands.length}`,
      isBetter: now > first ? true : now < first ? false : null,
    },
  ];
}

function painRow(pain: readonly PainPoint[], firstMonth: string, thisMonth: string): SnapshotRow[] {
  const during = (month: string) =>
    pain.flatMap((point) => (monthOf(point.date) === month && point.during !== null ? [point.during] : []));
  const first = during(firstMonth);
  const now = during(thisMonth);
  if (first.length === 0 || now.length === 0) return [];
  const [before, after] = [mean(first), mean(now)];
  return [
    {
      measure: 'pain',
      label: 'Pain during workouts, on average',
      first: `${formatScore(before)}/10`,
      now: `${formatScore(after)}/10`,
      isBetter: after < before ? true : after > before ? false : null,
    },
  ];
}

/** The first score taken by the end of the first month against the latest taken since. */
function disabilityRow(history: ProgressHistory, firstMonth: string): SnapshotRow[] {
  const instrumentId = history.disabilityInstrument;
  const taken = history.measures.filter(
    (measure): measure is HistoryMeasure & { value: number } =>
      measure.instrumentId === instrumentId && measure.value !== null && measure.takenOn <= history.today,
  );
  const first = taken.find((measure) => monthOf(measure.takenOn) <= firstMonth);
  const now = taken.filter((measure) => monthOf(measure.takenOn) > firstMonth).at(-1);
  if (!first || !now) return [];
  return [
    {
      measure: 'disability',
      // Plain words on Today: the questionnaire's published name is for the report and the details.
      label: 'Back function score (lower is better)',
      first: formatScore(first.value),
      now: formatScore(now.value),
      isBetter: now.value < first.value ? true : now.value > first.value ? false : null,
    },
  ];
}

/** Null until the member has trained in a month before this one. */
export function progressSnapshot(
  history: ProgressHistory,
  firstWorkoutOn: string | null,
  exercises: readonly ExerciseProgress[],
  pain: readonly PainPoint[],
): ProgressSnapshot | null {
  if (firstWorkoutOn === null) return null;
  const firstMonth = monthOf(firstWorkoutOn);
  const thisMonth = monthOf(history.today);
  if (thisMonth <= firstMonth) return null;
  const stands = standings(exercises, firstMonth);
  const rows = [
    ...levelRow(stands),
    ...loadRow(stands),
    ...painRow(pain, firstMonth, thisMonth),
    ...disabilityRow(history, firstMonth),
  ];
  return rows.length === 0 ? null : { firstMonth, thisMonth, rows };
}
