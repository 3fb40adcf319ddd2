/**
 * Frames of a video as RGB pixels, decoded by ffmpeg into a pipe and read one frame at a time. Each
 * frame's time stamp comes from ffmpeg's showinfo filter on stderr, so a variable-rate phone recording
 * keeps its true timing. A part of the video can be read on its own (for one worker's share): ffmpeg
 * seeks exactly, taking the frames shown at or after `fromSeconds` and before `toSeconds`.
 */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import type { PackedImage } from '../packed-image-reader.ts';
import { spawnError, VideoError, type VideoInfo } from './probe-video.ts';

export interface VideoFrame extends PackedImage {
  channels: 3;
  /** From the video's first frame, milliseconds. */
  timestampMs: number;
}

export interface DecodeOptions {
  /** Seconds from the start of the video; the part is [from, to). */
  fromSeconds?: number;
  toSeconds?: number;
  /**
   * Frames larger than this on their longer side are scaled down by ffmpeg (area averaging, in C) before
   * they reach JavaScript: the model sees 192 pixels anyway, and a 1080p frame costs 6 MB per pipe trip.
   */
  maxSide?: number;
}

/** The size ffmpeg delivers frames at: the shown size, scaled down to `maxSide` keeping the proportions. */
export function decodedSize(
  video: VideoInfo,
  maxSide = Number.POSITIVE_INFINITY,
): { width: number; height: number } {
  const scale = Math.min(1, maxSide / Math.max(video.width, video.height));
  return { width: Math.round(video.width * scale), height: Math.round(video.height * scale) };
}

const SHOWINFO_TIME = /\bn:\s*\d+\s+pts:\s*-?\d+\s+pts_time:(-?[\d.e+-]+)/;
/** Lines ffmpeg prints that are not frame reports, kept to explain a failure. */
const KEPT_ERROR_LINES = 5;

/**
 * Yields the frames in order. The pixels of a frame are valid until the next one is asked for (one buffer
 * is reused), which suits a loop that finishes with each frame before taking the next.
 */
export async function* decodeVideoFrames(
  video: VideoInfo,
  options: DecodeOptions = {},
): AsyncGenerator<VideoFrame> {
  const { width, height } = decodedSize(video, options.maxSide);
  const isScaled = width !== video.width || height !== video.height;
  // showinfo reports each frame's time stamp; its checksums would cost ffmpeg a millisecond a frame.
  const filters = [...(isScaled ? [`scale=${width}:${height}:flags=area`] : []), 'showinfo=checksum=0'];
  const args = [
    ...['-hide_banner', '-nostats', '-loglevel', 'info'],
    ...(options.fromSeconds !== undefined ? ['-ss', String(options.fromSeconds)] : []),
    ...(options.toSeconds !== undefined ? ['-to', String(options.toSeconds)] : []),
    ...['-copyts', '-i', video.path, '-map', '0:v:0', '-an', '-sn', '-dn', '-vf', filters.join(',')],
    // Every decoded frame once, as it is: no frames dropped or repeated to make a constant rate.
    ...['-fps_mode', 'passthrough', '-f', 'rawvideo', '-pix_fmt', 'rgb24', 'pipe:1'],
  ];
  const child = spawn('ffmpeg', args, { stdio: ['ignore', 'pipe', 'pipe'] });
  const started = new Promise<void>((resolve, reject) => {
    child.once('spawn', resolve);
    child.once('error', (error) => reject(spawnError(error)));
  });
  const exited = new Promise<number>((resolve) => child.once('close', (code) => resolve(code ?? 1)));
  const times = createTimeQueue();
  const errorLines: string[] = [];
  createInterface({ input: child.stderr })
    .on('line', (line) => {
      const time = SHOWINFO_TIME.exec(line)?.[1];
      if (time !== undefined) times.push((Number(time) - video.startSeconds) * 1000);
      else if (!line.includes('Parsed_showinfo')) errorLines.push(line);
      if (errorLines.length > KEPT_ERROR_LINES) errorLines.shift();
    })
    .on('close', () => times.end());

  await started;
  const frameBytes = width * height * 3;
  const pixels = new Uint8Array(frameBytes);
  let filled = 0;
  let index = 0;
  try {
    for await (const chunk of child.stdout as AsyncIterable<Buffer>) {
      let offset = 0;
      while (offset < chunk.length) {
        const count = Math.min(frameBytes - filled, chunk.length - offset);
        pixels.set(chunk.subarray(offset, offset + count), filled);
        filled += count;
        offset += count;
        if (filled < frameBytes) continue;
        const fallbackMs = ((options.fromSeconds ?? 0) + index / video.fps) * 1000;
        yield {
          width,
          height,
          channels: 3,
          data: pixels,
          timestampMs: (await times.at(index)) ?? fallbackMs,
        };
        filled = 0;
        index++;
      }
    }
    const code = await exited;
    if (code !== 0)
      throw new VideoError(`ffmpeg could not decode ${video.path}: ${errorLines.at(-1) ?? `exit ${code}`}`);
  } finally {
    // Stopping early (an error, or the reader had enough) must not leave ffmpeg running.
    if (child.exitCode === null) child.kill();
  }
}

/** Time stamps arrive on stderr, frames on stdout; neither is guaranteed to come first. */
function createTimeQueue() {
  const times: number[] = [];
  let isEnded = false;
  let wake: (() => void) | null = null;
  return {
    push(time: number) {
      times.push(time);
      wake?.();
    },
    end() {
      isEnded = true;
      wake?.();
    },
    async at(index: number): Promise<number | undefined> {
      while (times.length <= index && !isEnded) await new Promise<void>((resolve) => (wake = resolve));
      return times[index];
    },
  };
}
