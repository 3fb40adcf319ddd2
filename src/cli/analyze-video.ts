/**
 * `npm run analyze -- VIDEO --exercise squat [--view front|side] [--mirrored] [--json] [--workers N]`:
 * the form check on a recording. Poses come from every core (src/pose/node), then one pass of the form
 * check (src/core/form) over all of them in order. A video in which nobody is seen is an error, never
 * "0 reps".
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { type CameraView, EXERCISE_IDS, getExercise, isExerciseId } from '../core/catalogue/index.ts';
import { analyzeFrames } from '../core/form/analyzer.ts';
import { detectVideoPoses, VideoError } from '../pose/node/index.ts';
import { toReportJson, toReportText, warningText } from './form-report.ts';

const USAGE = `Usage: npm run analyze -- VIDEO --exercise ${EXERCISE_IDS.join('|')} [--view front|side] [--mirrored] [--json] [--workers N]`;

class UsageError extends Error {}

function readArguments() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      exercise: { type: 'string' },
      view: { type: 'string' },
      mirrored: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      workers: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) throw new UsageError('');
  const [file, ...extra] = positionals;
  if (file === undefined || extra.length > 0) throw new UsageError('Give exactly one video file.');
  if (!isExerciseId(values.exercise))
    throw new UsageError(`--exercise must be one of: ${EXERCISE_IDS.join(', ')}.`);
  if (values.view !== undefined && values.view !== 'front' && values.view !== 'side') {
    throw new UsageError('--view must be front or side.');
  }
  const workers = values.workers === undefined ? undefined : Number(values.workers);
  if (workers !== undefined && !(Number.isInteger(workers) && workers > 0)) {
    throw new UsageError('--workers must be a whole number above 0.');
  }
  return {
    file,
    exercise: getExercise(values.exercise),
    view: values.view as CameraView | undefined,
    isMirrored: values.mirrored,
    isJson: values.json,
    workers,
  };
}

function showProgress(frames: number, frameCount: number): void {
  process.stderr.write(`\rFinding poses: ${frames} of about ${frameCount} frames`);
}

async function main(): Promise<number> {
  const options = readArguments();
  const isShowingProgress = process.stderr.isTTY && !options.isJson;
  const { video, poses } = await detectVideoPoses(options.file, {
    ...(options.workers !== undefined ? { workers: options.workers } : {}),
    ...(isShowingProgress ? { onProgress: showProgress } : {}),
  });
  if (isShowingProgress) process.stderr.write('\r\x1b[K');
  const summary = analyzeFrames(poses, {
    exercise: options.exercise,
    frameWidth: video.width,
    frameHeight: video.height,
    isMirrored: options.isMirrored,
    ...(options.view !== undefined ? { view: options.view } : {}),
  });
  if (summary.warnings.includes('no-person-seen')) {
    console.error(`${options.file}: ${warningText('no-person-seen')} Nothing to count.`);
    return 1;
  }
  const recording = {
    file: path.basename(options.file),
    width: video.width,
    height: video.height,
    fps: video.fps,
    frames: poses.length,
  };
  console.log(
    options.isJson
      ? JSON.stringify(toReportJson(options.exercise, recording, summary, poses), null, 2)
      : toReportText(options.exercise, recording, summary),
  );
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof UsageError) {
      if (error.message) console.error(error.message);
      console.error(USAGE);
      process.exitCode = 2;
    } else if (error instanceof VideoError) {
      console.error(error.message);
      process.exitCode = 1;
    } else if (
      error instanceof TypeError &&
      'code' in error &&
      String(error.code).startsWith('ERR_PARSE_ARGS')
    ) {
      console.error(error.message);
      console.error(USAGE);
      process.exitCode = 2;
    } else {
      console.error(error);
      process.exitCode = 1;
    }
  },
);
