/**
 * How `npm run analyze` shows a set: a table a person reads, or JSON a script reads. Pure functions of
 * the form check's summary, so the wording is tested without a video.
 */
import type { Exercise, MeasuredAngle } from '../core/catalogue/index.ts';
import { DEFAULT_MIN_KEYPOINT_SCORE } from '../core/form/analyzer.ts';
import { VALGUS_DISCLAIMER } from '../core/form/cues.ts';
import { type BodySide, createPosePoints, type PoseFrame, readKeypoints } from '../core/form/keypoints.ts';
import { imageKneeAngle } from '../core/form/measure.ts';
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

/** One rep in the JSON: times in seconds from the first frame, angles in whole degrees. */
export interface RepJson {
  start: number;
  end: number;
  /** The knee at the rep's turn: the bottom of a squat, hinge or split squat, the top of a bridge. */
  bottomKneeAngle: number | null;
  /** Only where the level is read from the hip: that angle at the turn, which sets `level`. */
  bottomAngle?: number | null;
  /** The range level reached, 0 when short of level 1. */
  level: number;
  /** Knees moving inside the feet, front view only (a coaching cue, not a clinical measure). */
  valgus: number | null;
  /** Lean of the trunk from upright, side view only. */
  trunkLean: number | null;
  complete: boolean;
  /** Split squat only: the working (front) leg. */
  side?: BodySide | null;
}

export interface ReportJson {
  exercise: Exercise['id'];
  view: FormSetSummary['view'];
  fps: number;
  frames: number;
  /** Only where the level is read from the hip (`hip`, `hip-extension`): which angle `bottomAngle` is. */
  measuredAngle?: MeasuredAngle;
  reps: RepJson[];
  completedReps: number;
  partialReps: number;
  warnings: FormWarning[];
}

/** How far either side of a turn the knee is read, so that no single jittery frame decides it. */
const TURN_WINDOW_MS = 100;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/**
 * The knee as drawn in the picture around a moment (a rep's turn), for the exercises whose level is read
 * from the hip; they are filmed from the side, where the picture shows the knee's true bend. The median
 * over the frames within TURN_WINDOW_MS (at least the nearest frame), each the mean of the legs seen;
 * null when no leg was seen.
 */
export function kneeAngleAround(poses: readonly PoseFrame[], atMs: number): number | null {
  if (poses.length === 0) return null;
  const distance = (frame: PoseFrame) => Math.abs(frame.timestampMs - atMs);
  const near = poses.filter((frame) => distance(frame) <= TURN_WINDOW_MS);
  const frames =
    near.length > 0
      ? near
      : [poses.reduce((best, frame) => (distance(frame) < distance(best) ? frame : best))];
  const points = createPosePoints();
  const angles = frames.flatMap((frame) => {
    readKeypoints(frame, DEFAULT_MIN_KEYPOINT_SCORE, false, points);
    const legs = [imageKneeAngle(points, 'left'), imageKneeAngle(points, 'right')].filter(Number.isFinite);
    return legs.length > 0 ? [legs.reduce((sum, angle) => sum + angle, 0) / legs.length] : [];
  });
  return angles.length > 0 ? median(angles) : null;
}

/** Whether the catalogue reads this exercise's level from a knee (the squat's, or the split squat's front knee). */
function isLevelAtKnee(joint: MeasuredAngle): boolean {
  return joint === 'knee' || joint === 'front-knee';
}

/**
 * The JSON `npm run analyze -- --json` prints, with the fields and names of the issue. Where the level is
 * read from the hip, `measuredAngle` and each rep's `bottomAngle` say so, and `bottomKneeAngle` is still
 * the knee, from the poses around the turn; the split squat adds the working leg.
 */
export function toReportJson(
  exercise: Exercise,
  recording: RecordingFacts,
  summary: FormSetSummary,
  poses: readonly PoseFrame[],
): ReportJson {
  const joint = exercise.levels[0]?.angle.joint ?? 'knee';
  const isAtKnee = isLevelAtKnee(joint);
  const isSplitStance = exercise.id === 'split-squat';
  return {
    exercise: exercise.id,
    view: summary.view,
    fps: Math.round(recording.fps * 100) / 100,
    frames: recording.frames,
    ...(isAtKnee ? {} : { measuredAngle: joint }),
    reps: summary.reps.map((rep) => ({
      start: seconds(rep.startMs),
      end: seconds(rep.endMs),
      bottomKneeAngle: degrees(isAtKnee ? rep.turnAngle : kneeAngleAround(poses, rep.turnMs)),
      ...(isAtKnee ? {} : { bottomAngle: degrees(rep.turnAngle) }),
      level: rep.level,
      valgus: degrees(rep.maxValgus),
      trunkLean: degrees(rep.maxTrunkLean),
      complete: rep.isComplete,
      ...(isSplitStance ? { side: rep.side } : {}),
    })),
    completedReps: summary.completedReps,
    partialReps: summary.partialReps,
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
