/**
 * `npm run bench:pose`: the form check's speed on the real squat video. In Node (WASM backend): decode,
 * model input, inference and analysis per frame, each measured on its own, then frames per second end to
 * end with one worker thread and with one per core, and a 30 fps recording through `npm run analyze` as
 * seconds of video per second of wall time. Then headless Chromium: live mode from the video as a fake
 * camera, in the Web Worker the app uses and on the page, isolated or not, with the WASM threads the
 * backend reports, and recording mode. Every figure comes with CPU time and the load average, so a run on
 * a busy machine can be read against one on a quiet machine. `--no-browser` skips Chromium. Exits 1
 * when the analysis step breaks its budget of 0.2 ms per frame.
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeFrames } from '../src/core/form/analyzer.ts';
import type { PoseFrame } from '../src/core/form/keypoints.ts';
import { type HarnessRun, openChromiumHarness } from '../src/pose/browser/harness/chromium-harness.ts';
import { letterboxRegion } from '../src/pose/crop-region.ts';
import {
  DEFAULT_MAX_SIDE,
  type DetectedPose,
  decodeVideoFrames,
  detectVideoPoses,
  type PackedImage,
  probeVideo,
  startNodePoseRuntime,
  type VideoInfo,
} from '../src/pose/node/index.ts';
import { createPackedImageReader } from '../src/pose/packed-image-reader.ts';

const MEDIA = fileURLToPath(new URL('../../shared/media/', import.meta.url));
const SQUATS = path.join(MEDIA, 'pose_squats.mp4');
const DANCING = path.join(MEDIA, 'pose_1.mp4');
const ANALYSIS_BUDGET_MS = 0.2;
const ANALYSIS_REPEATS = 200;
const BROWSER_SECONDS = Number(process.env.BENCH_BROWSER_SECONDS ?? 8);
const LONG_VIDEO_LOOPS = 6;
const REAL_TIME_LOOPS = 6;

function line(label: string, value: string): void {
  console.log(`  ${label.padEnd(62)} ${value}`);
}

function ms(value: number): string {
  return `${value.toFixed(2)} ms`;
}

interface Timing {
  wallMs: number;
  /** CPU time of this process's threads: what the step costs, whatever else the machine is doing. */
  cpuMs: number;
}

async function timed(count: number, step: () => Promise<void> | void): Promise<Timing> {
  const cpuBefore = process.cpuUsage();
  const startedAt = performance.now();
  await step();
  const cpu = process.cpuUsage(cpuBefore);
  return { wallMs: (performance.now() - startedAt) / count, cpuMs: (cpu.user + cpu.system) / 1000 / count };
}

function both(timing: Timing, digits = 2): string {
  return `${timing.wallMs.toFixed(digits)} ms (CPU ${timing.cpuMs.toFixed(digits)} ms)`;
}

async function measureStages(video: VideoInfo): Promise<number> {
  const frames: PackedImage[] = [];
  const decode = await timed(video.frameCount, async () => {
    for await (const frame of decodeVideoFrames(video, { maxSide: DEFAULT_MAX_SIDE })) {
      frames.push({ ...frame, data: frame.data.slice() });
    }
  });
  const runtime = await startNodePoseRuntime();
  const reader = createPackedImageReader();
  const input = new Int32Array(runtime.model.inputSize ** 2 * 3);
  const first = frames[0] as PackedImage;
  const crop = await timed(frames.length, () => {
    for (const frame of frames)
      reader.writeCrop(frame, letterboxRegion(first.width, first.height), 192, input);
  });
  for (let run = 0; run < 10; run++) await runtime.model.run(input);
  const model = await timed(frames.length, async () => {
    for (let run = 0; run < frames.length; run++) await runtime.model.run(input);
  });
  const detector = runtime.createDetector();
  const poses: DetectedPose[] = [];
  const detect = await timed(frames.length, async () => {
    for (const [index, frame] of frames.entries()) poses.push(await detector.detect(frame, index * 200));
  });
  const options = { exercise: 'squat', frameWidth: video.width, frameHeight: video.height } as const;
  analyzeFrames(poses, options);
  const analysis = await timed(ANALYSIS_REPEATS * poses.length, () => {
    for (let repeat = 0; repeat < ANALYSIS_REPEATS; repeat++) analyzeFrames(poses, options);
  });

  console.log(`\nNode ${process.version}, WASM backend, one thread, per frame (${frames.length} frames):`);
  line(
    `decode (ffmpeg → ${first.width}×${first.height} RGB through a pipe; ffmpeg's CPU not counted)`,
    both(decode),
  );
  line('model input (crop and scale to 192×192, JavaScript)', both(crop));
  line('inference (the model alone)', both(model));
  line('detection (input, inference, keypoints back to the frame)', both(detect));
  line(`analysis (form check, budget ${ANALYSIS_BUDGET_MS} ms)`, both(analysis, 4));
  return analysis.wallMs;
}

async function endToEnd(file: string, workers: number): Promise<string> {
  const cpuBefore = process.cpuUsage();
  const startedAt = performance.now();
  const { video, poses } = await detectVideoPoses(file, { workers });
  const summary = analyzeFrames(poses satisfies PoseFrame[], {
    exercise: 'squat',
    frameWidth: video.width,
    frameHeight: video.height,
  });
  const seconds = (performance.now() - startedAt) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  const cpuMs = (cpu.user + cpu.system) / 1000 / poses.length;
  return (
    `${(poses.length / seconds).toFixed(1)} fps (${poses.length} frames in ${seconds.toFixed(2)} s, ` +
    `${summary.completedReps} reps; CPU ${cpuMs.toFixed(1)} ms a frame without ffmpeg)`
  );
}

/**
 * CPU time of this process's child processes and theirs (ffmpeg, Chromium's renderer and its workers),
 * read from /proc: what they cost whatever else the machine runs. Linux only; null elsewhere.
 */
async function descendantsCpuMs(): Promise<number | null> {
  const ticksPerSecond = 100;
  let names: string[];
  try {
    names = (await readdir('/proc')).filter((name) => /^\d+$/.test(name));
  } catch {
    return null;
  }
  const byParent = new Map<number, { pid: number; ticks: number }[]>();
  // Children that have ended and been waited for (an ffmpeg, a CLI run) count in this process's own
  // cutime and cstime.
  let ticks = 0;
  for (const name of names) {
    const stat = await readFile(`/proc/${name}/stat`, 'utf8').catch(() => null);
    if (stat === null) continue;
    // Fields after the command name, which is in parentheses and may hold spaces.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const parent = Number(fields[1]);
    // utime, stime, then those of its children that have ended.
    const [user, system, childrenUser, childrenSystem] = fields.slice(11, 15).map(Number);
    const own = (user ?? 0) + (system ?? 0);
    const ended = (childrenUser ?? 0) + (childrenSystem ?? 0);
    if (Number(name) === process.pid) ticks += ended;
    else byParent.set(parent, [...(byParent.get(parent) ?? []), { pid: Number(name), ticks: own + ended }]);
  }
  const queue = [process.pid];
  while (queue.length > 0) {
    for (const child of byParent.get(queue.pop() as number) ?? []) {
      ticks += child.ticks;
      queue.push(child.pid);
    }
  }
  return (ticks / ticksPerSecond) * 1000;
}

function cliSeconds(file: string): number {
  const startedAt = performance.now();
  const cli = fileURLToPath(new URL('../src/cli/analyze-video.ts', import.meta.url));
  const result = spawnSync(process.execPath, [cli, file, '--exercise', 'squat', '--json'], {
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`The CLI failed: ${result.stderr}`);
  return (performance.now() - startedAt) / 1000;
}

async function measureEndToEnd(video: VideoInfo, scratch: string): Promise<void> {
  const cores = availableParallelism();
  const long = path.join(scratch, 'squats-looped.mp4');
  const looped = spawnSync('ffmpeg', [
    ...['-v', 'error', '-y', '-stream_loop', String(LONG_VIDEO_LOOPS - 1), '-i', SQUATS, '-c', 'copy', long],
  ]);
  if (looped.status !== 0) throw new Error(`ffmpeg could not loop the video: ${looped.stderr}`);
  console.log('\nEnd to end (probe, decode, poses, form check; starting workers and models included):');
  line('the squat video, 1 worker', await endToEnd(SQUATS, 1));
  line(`the squat video, ${cores} workers (one per core)`, await endToEnd(SQUATS, cores));
  const longFrames = video.frameCount * LONG_VIDEO_LOOPS;
  line(`the same looped ${LONG_VIDEO_LOOPS}× (${longFrames} frames), 1 worker`, await endToEnd(long, 1));
  line(`the same looped ${LONG_VIDEO_LOOPS}×, ${cores} workers`, await endToEnd(long, cores));
  const seconds = cliSeconds(long);
  line(
    `npm run analyze on the looped video (whole process)`,
    `${(longFrames / seconds).toFixed(1)} fps (${seconds.toFixed(2)} s)`,
  );
  await measureRealTime(scratch);
}

/**
 * A 30 fps phone recording through `npm run analyze`, whole process: seconds of video analysed per second
 * of wall time (above 1 is faster than it plays), every frame through the model.
 */
async function measureRealTime(scratch: string): Promise<void> {
  const dancing = await probeVideo(DANCING);
  const long = path.join(scratch, 'dancing-looped.mp4');
  const looped = spawnSync('ffmpeg', [
    ...['-v', 'error', '-y', '-stream_loop', String(REAL_TIME_LOOPS - 1), '-i', DANCING, '-c', 'copy', long],
  ]);
  if (looped.status !== 0) throw new Error(`ffmpeg could not loop the video: ${looped.stderr}`);
  const videoSeconds = (dancing.frameCount * REAL_TIME_LOOPS) / dancing.fps;
  const cpuBefore = await descendantsCpuMs();
  const wallSeconds = cliSeconds(long);
  const cpuAfter = await descendantsCpuMs();
  const cpu =
    cpuBefore === null || cpuAfter === null
      ? ''
      : `, CPU ${((cpuAfter - cpuBefore) / 1000).toFixed(1)} s with ffmpeg`;
  console.log(
    `\nA ${dancing.fps} fps recording (${path.basename(DANCING)} looped ${REAL_TIME_LOOPS}×, ${videoSeconds.toFixed(0)} s, ` +
      `${dancing.width}×${dancing.height}), npm run analyze, whole process, every frame:`,
  );
  line(
    'seconds of video per second of wall time (above 1: faster than it plays)',
    `${(videoSeconds / wallSeconds).toFixed(2)} (${wallSeconds.toFixed(2)} s${cpu}; load ${loadavg()[0]?.toFixed(2)})`,
  );
}

async function measureBrowser(): Promise<void> {
  console.log(
    `\nHeadless Chromium (no GPU, so WASM), the squat video as a 30 fps camera, ${BROWSER_SECONDS} s each; ` +
      'threads as the backend reports them (getThreadsCount):',
  );
  const harness = await openChromiumHarness(SQUATS, MEDIA);
  const live = (isInWorker: boolean, isIsolated: boolean, wasmThreads?: number): HarnessRun => ({
    source: 'camera',
    isInWorker,
    isIsolated,
    seconds: BROWSER_SECONDS,
    ...(wasmThreads !== undefined ? { wasmThreads } : {}),
  });
  const runs: [string, HarnessRun][] = [
    ['live, in the Web Worker, isolated (the app: one thread per core)', live(true, true)],
    ['live, in the Web Worker, isolated, one thread asked for', live(true, true, 1)],
    ['live, in the Web Worker, not isolated (single-threaded build)', live(true, false)],
    ['live, on the page, isolated (one thread per core)', live(false, true)],
    ['live, on the page, not isolated', live(false, false)],
    [
      `recording (${path.basename(DANCING)}, 30 fps), on the page`,
      {
        source: 'recording',
        isInWorker: false,
        isIsolated: false,
        seconds: BROWSER_SECONDS,
        recording: DANCING,
      },
    ],
  ];
  try {
    for (const [name, run] of runs) {
      const cpuBefore = await descendantsCpuMs();
      const result = await harness.run(run);
      const cpuAfter = await descendantsCpuMs();
      // Chromium's CPU over the whole run (loading the model included), shared out over the frames.
      const cpu =
        cpuBefore === null || cpuAfter === null
          ? ''
          : `, CPU ${((cpuAfter - cpuBefore) / result.frames).toFixed(1)} ms/frame`;
      line(
        name,
        `${result.framesPerSecond.toFixed(1)} fps, detect ${ms(result.meanDetectMs)}${cpu}, ${result.frames} frames ` +
          `(${result.skippedFrames} skipped), ${result.backend} ${result.threads} thread(s) in use, ` +
          `${result.frameSize}, load ${loadavg()[0]?.toFixed(2)}`,
      );
    }
  } finally {
    await harness.close();
  }
}

const scratch = await mkdtemp(path.join(tmpdir(), 'backstrong-bench-pose-'));
try {
  const video = await probeVideo(SQUATS);
  console.log(`Pose benchmark: MoveNet SinglePose Lightning on ${path.basename(SQUATS)}`);
  console.log(
    `(${video.width}×${video.height}, ${video.fps} fps, ${video.frameCount} frames), ${availableParallelism()} cores`,
  );
  const analysisMs = await measureStages(video);
  await measureEndToEnd(video, scratch);
  if (!process.argv.includes('--no-browser')) await measureBrowser();
  console.log(`\nLoad average after: ${loadavg()[0]?.toFixed(2)}`);
  if (analysisMs >= ANALYSIS_BUDGET_MS) {
    console.error(
      `\nThe analysis takes ${analysisMs.toFixed(4)} ms per frame, over its ${ANALYSIS_BUDGET_MS} ms budget.`,
    );
    process.exitCode = 1;
  }
} finally {
  await rm(scratch, { recursive: true, force: true });
}
