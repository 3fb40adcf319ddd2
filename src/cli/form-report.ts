/**
 * How `npm run analyze` shows a set: a table a person reads, or JSON a script reads. Pure functions of
 * the form check's summary, so the wording is tested without a video.
 */
import type { Exercise } from '../core/catalogue/index.ts';
import { VALGUS_DISCLAIMER } from '../core/form/cues.ts';
import type { FormRep } from '../core/form/rep-result.ts';
import type { FormSetSummary, FormWarning } from '../core/form/set-summary.ts';

export interface RecordingFacts {
  file: string;
  width: number;
  height: number;
  fps: number;
  frames: number;
}

const WARNING_TEXT: Record<FormWarning, string> = {
  'no-person-seen': 'Nobody was found in the video.',
  'start-not-captured':
    'The start position was never held still for a moment, so the reps could not be measured against it.',
  'wrong-view': 'The person was never seen from a view this exercise can be measured from.',
};

function seconds(ms: number): number {
  return Math.round(ms / 10) / 100;
}

function degrees(value: number | null): number | null {
  return value === null || !Number.isFinite(value) ? null : Math.round(value);
}

function levelName(exercise: Exercise, level: number): string {
  if (level === 0) return 'short of level 1';
  return `${level} ${exercise.levels.find((candidate) => candidate.level === level)?.name ?? ''}`.trim();
}

export function warningText(warning: FormWarning): string {
  return WARNING_TEXT[warning];
}

/** The JSON the issue asks for, in seconds and whole degrees; the angle is the catalogue's for the exercise. */
export function toReportJson(exercise: Exercise, recording: RecordingFacts, summary: FormSetSummary) {
  return {
    exercise: exercise.id,
    view: summary.view,
    fps: Math.round(recording.fps * 100) / 100,
    frames: recording.frames,
    measuredAngle: exercise.levels[0]?.angle.joint ?? null,
    reps: summary.reps.map((rep) => ({
      number: rep.number,
      start: seconds(rep.startMs),
      end: seconds(rep.endMs),
      complete: rep.isComplete,
      good: rep.isGood,
      turnAngle: degrees(rep.turnAngle),
      turnImageAngle: degrees(rep.turnImageAngle),
      level: rep.level,
      valgus: degrees(rep.maxValgus),
      trunkLean: degrees(rep.maxTrunkLean),
      outSeconds: seconds(rep.outMs),
      backSeconds: rep.isComplete ? seconds(rep.backMs) : null,
      side: rep.side,
      faults: rep.faults,
    })),
    completedReps: summary.completedReps,
    partialReps: summary.partialReps,
    goodReps: summary.goodReps,
    levelReached: summary.levelReached,
    faults: summary.faults,
    warnings: summary.warnings,
  };
}

function cell(value: number | null, unit = ''): string {
  return value === null ? '–' : `${value}${unit}`;
}

function repRow(exercise: Exercise, rep: FormRep): string[] {
  return [
    String(rep.number),
    rep.isComplete ? (rep.isGood ? 'good' : 'done') : 'partial',
    `${seconds(rep.startMs).toFixed(1)}–${seconds(rep.endMs).toFixed(1)}`,
    cell(degrees(rep.turnAngle), '°'),
    cell(degrees(rep.turnImageAngle), '°'),
    levelName(exercise, rep.level),
    cell(degrees(rep.maxValgus), '°'),
    cell(degrees(rep.maxTrunkLean), '°'),
    seconds(rep.outMs).toFixed(1),
    rep.isComplete ? seconds(rep.backMs).toFixed(1) : '–',
    rep.faults.join(', ') || '–',
  ];
}

function table(rows: string[][]): string {
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => row[column]?.length ?? 0))) ?? [];
  return rows
    .map((row) =>
      row
        .map((text, column) => text.padEnd(widths[column] ?? 0))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

export function toReportText(exercise: Exercise, recording: RecordingFacts, summary: FormSetSummary): string {
  const angle = exercise.levels[0]?.angle.joint ?? 'joint';
  const lines = [
    `${recording.file}: ${recording.width}×${recording.height}, ${Math.round(recording.fps * 100) / 100} fps, ${recording.frames} frames`,
    `${exercise.name}, ${summary.view === 'unknown' ? 'view not recognised' : `${summary.view} view`}`,
    '',
  ];
  if (summary.reps.length > 0) {
    const header = [
      'rep',
      'result',
      'time (s)',
      `${angle} at turn`,
      'in picture',
      'level',
      'valgus',
      'trunk lean',
      'out (s)',
      'back (s)',
      'faults',
    ];
    lines.push(table([header, ...summary.reps.map((rep) => repRow(exercise, rep))]), '');
  }
  lines.push(
    `Set: ${summary.completedReps} completed reps (${summary.goodReps} good), ${summary.partialReps} partial; ` +
      `level reached consistently: ${levelName(exercise, summary.levelReached)}.`,
    `Faults: ${summary.faults.length > 0 ? summary.faults.join(', ') : 'none'}.`,
  );
  for (const warning of summary.warnings) lines.push(`Warning: ${warningText(warning)}`);
  if (summary.view === 'front') lines.push(VALGUS_DISCLAIMER);
  return lines.join('\n');
}
