/**
 * What a video file holds, from ffprobe (Debian's ffmpeg package): size as shown (after the rotation a
 * phone records), frame rate, length. Every way a file can fail becomes a VideoError with a sentence a
 * person can act on.
 */
import { spawn } from 'node:child_process';
import { access, constants } from 'node:fs/promises';

export class VideoError extends Error {
  override name = 'VideoError';
}

export interface VideoInfo {
  path: string;
  /** Width and height as the video is shown, pixels. */
  width: number;
  height: number;
  /** Nominal frames per second (a phone's variable-rate recording reports its average). */
  fps: number;
  /** From the container, or estimated from the duration; the decoded frames are the truth. */
  frameCount: number;
  durationSeconds: number;
  /** The first frame's time stamp in the file; frame times are reported from it. */
  startSeconds: number;
}

const FFMPEG_MISSING =
  'ffmpeg is not installed (it decodes the video). Install it with: sudo apt-get install ffmpeg';

/** Runs an ffmpeg tool to the end and gives what it printed; a missing tool is a VideoError. */
export function runTool(
  command: string,
  args: readonly string[],
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (text: string) => {
      stdout += text;
    });
    child.stderr.setEncoding('utf8').on('data', (text: string) => {
      stderr += text;
    });
    child.once('error', (error) => reject(spawnError(error)));
    child.once('close', (code) => resolve({ code: code ?? 1, stdout, stderr }));
  });
}

/** A tool that cannot be started is almost always one that is not installed. */
export function spawnError(error: NodeJS.ErrnoException): Error {
  return error.code === 'ENOENT' ? new VideoError(FFMPEG_MISSING) : error;
}

function parseRate(rate: string | undefined): number {
  const [numerator, denominator] = (rate ?? '').split('/').map(Number);
  if (numerator === undefined || !(numerator > 0)) return Number.NaN;
  return denominator === undefined ? numerator : numerator / denominator;
}

interface ProbedStream {
  width?: number;
  height?: number;
  avg_frame_rate?: string;
  r_frame_rate?: string;
  nb_frames?: string;
  duration?: string;
  start_time?: string;
  tags?: { rotate?: string };
  side_data_list?: { rotation?: number }[];
}

interface Probe {
  streams?: ProbedStream[];
  format?: { duration?: string; start_time?: string };
}

function lastLine(text: string): string {
  return text.trim().split('\n').at(-1) ?? '';
}

export async function probeVideo(path: string): Promise<VideoInfo> {
  try {
    await access(path, constants.R_OK);
  } catch {
    throw new VideoError(`Cannot open ${path}: no such file, or it may not be read`);
  }
  const { code, stdout, stderr } = await runTool('ffprobe', [
    ...['-v', 'error', '-print_format', 'json', '-show_format', '-show_streams', '-select_streams', 'v:0'],
    path,
  ]);
  if (code !== 0)
    throw new VideoError(`Cannot read ${path} as a video: ${lastLine(stderr).replace(`${path}: `, '')}`);
  const probe = JSON.parse(stdout) as Probe;
  const stream = probe.streams?.[0];
  if (stream === undefined || !(Number(stream.width) > 0)) {
    throw new VideoError(`${path} has no video stream`);
  }
  const rotation = Number(
    stream.side_data_list?.find((data) => data.rotation !== undefined)?.rotation ?? stream.tags?.rotate ?? 0,
  );
  const isTurned = Math.abs(rotation) % 180 === 90;
  const fps = parseRate(stream.avg_frame_rate) || parseRate(stream.r_frame_rate);
  const durationSeconds = Number(stream.duration ?? probe.format?.duration);
  const counted = Number(stream.nb_frames);
  const frameCount = counted > 0 ? counted : Math.round(durationSeconds * fps);
  if (!(fps > 0) || !(frameCount > 0)) throw new VideoError(`${path} has a video stream without frames`);
  return {
    path,
    width: Number(isTurned ? stream.height : stream.width),
    height: Number(isTurned ? stream.width : stream.height),
    fps,
    frameCount,
    durationSeconds: durationSeconds > 0 ? durationSeconds : frameCount / fps,
    startSeconds: Number(stream.start_time ?? probe.format?.start_time ?? 0) || 0,
  };
}
