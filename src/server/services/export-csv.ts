import type { CsvTable } from '../../contract/export.ts';
import type { MemberExport } from './export.ts';

/**
 * The export's tables as CSV (RFC 4180): a header row, CRLF line ends, a field quoted when it holds a
 * comma, a quote or a line break, quotes doubled. A text cell starting with = + - @ (or a tab or carriage
 * return) is prefixed with ' so a spreadsheet shows it instead of running it as a formula (OWASP "CSV
 * injection"); numbers are written as numbers.
 */

type Cell = string | number | boolean | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  return [header, ...rows].map((row) => `${row.map(csvCell).join(',')}\r\n`).join('');
}

const json = (value: unknown) => JSON.stringify(value);

function loadCells(load: { kind: string; band?: string; kg?: number }): Cell[] {
  return [load.kind, load.band ?? null, load.kg ?? null];
}

export function exportCsv(data: MemberExport, table: CsvTable): string {
  switch (table) {
    case 'sets':
      return toCsv(
        [
          'workout_date',
          'workout_id',
          'set_id',
          'exercise',
          'level',
          'load_kind',
          'load_band',
          'load_kg',
          'reps',
          'good_reps',
          'pain',
          'faults',
          'measured_by',
          'logged_at',
        ],
        data.workouts.flatMap((workout) =>
          workout.sets.map((set) => [
            workout.date,
            workout.id,
            set.id,
            set.exerciseId,
            set.level,
            ...loadCells(set.load),
            set.reps,
            set.goodReps,
            set.pain,
            set.faults.join(';'),
            set.measuredBy,
            set.loggedAt,
          ]),
        ),
      );
    case 'workouts':
      return toCsv(
        [
          'workout_id',
          'date',
          'status',
          'pain_before',
          'effort',
          'new_symptoms',
          'sets',
          'reps',
          'highest_pain',
          'started_at',
          'finished_at',
        ],
        data.workouts.map((workout) => [
          workout.id,
          workout.date,
          workout.status,
          workout.painBefore,
          workout.effort,
          workout.newSymptoms,
          workout.sets.length,
          workout.sets.reduce((sum, set) => sum + set.reps, 0),
          workout.sets.length === 0 ? null : Math.max(...workout.sets.map((set) => set.pain)),
          workout.startedAt,
          workout.finishedAt,
        ]),
      );
    case 'measures':
      return toCsv(
        ['measure_id', 'instrument', 'taken_on', 'value', 'answers', 'score', 'recorded_at'],
        data.measures.map((measure) => [
          measure.id,
          measure.instrumentId,
          measure.takenOn,
          measure.value,
          json(measure.answers),
          json(measure.score),
          measure.recordedAt,
        ]),
      );
    case 'decisions':
      return toCsv(
        [
          'decision_id',
          'made_at',
          'source',
          'source_id',
          'exercise',
          'rule',
          'sentence',
          'tell_coach',
          'inputs',
          'change',
        ],
        data.decisions.map((decision) => [
          decision.id,
          decision.madeAt,
          decision.source,
          decision.sourceId,
          decision.exerciseId,
          decision.ruleId,
          decision.sentence,
          decision.tellCoach,
          json(decision.inputs),
          json(decision.change),
        ]),
      );
    case 'check-ins':
      return toCsv(
        ['check_in_id', 'workout_on', 'pain', 'new_symptoms', 'checked_in_at'],
        data.checkIns.map((checkIn) => [
          checkIn.id,
          checkIn.workoutOn,
          checkIn.pain,
          checkIn.newSymptoms,
          checkIn.checkedInAt,
        ]),
      );
    case 'messages':
      return toCsv(
        ['message_id', 'coach_id', 'sender', 'body', 'sent_at', 'read_at', 'emailed_at'],
        data.messages.map((message) => [
          message.id,
          message.coachId,
          message.sender,
          message.body,
          message.sentAt,
          message.readAt,
          message.emailedAt,
        ]),
      );
  }
}
