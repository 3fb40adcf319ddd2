/**
 * Transcript uploads: WebVTT or SRT, recognised by their content (a WebVTT file starts with the
 * `WEBVTT` signature; anything else must parse as SRT cues). Every cue's timing is checked so a player
 * never meets a cue that ends before it starts, and the cue text is kept for search.
 */
import { type CheckResult, refuse } from './check-result.ts';
import { MEDIA_MAX_BYTES } from './limits.ts';

const VTT_TIME = /^(?:(\d{2,}):)?([0-5]\d):([0-5]\d)\.(\d{3})$/;
const SRT_TIME = /^(\d{2,}):([0-5]\d):([0-5]\d),(\d{3})$/;
const TIMING_LINE = /^(\S+)\s+-->\s+(\S+)(?:\s.*)?$/;

const secondsOf = (match: RegExpExecArray): number =>
  Number(match[1] ?? 0) * 3600 + Number(match[2]) * 60 + Number(match[3]) + Number(match[4]) / 1000;

/** Cue text without VTT voice/styling tags, so search sees only the words. */
const plainCueText = (lines: string[]): string =>
  lines
    .join(' ')
    .replace(/<[^>]*>/g, '')
    .replace(/\s+/g, ' ')
    .trim();

type Format = { name: string; time: RegExp; contentType: string; extension: string };
const VTT: Format = { name: 'WebVTT', time: VTT_TIME, contentType: 'text/vtt', extension: 'vtt' };
const SRT: Format = { name: 'SRT', time: SRT_TIME, contentType: 'application/x-subrip', extension: 'srt' };

export function checkTranscript(bytes: Uint8Array): CheckResult {
  if (bytes.byteLength > MEDIA_MAX_BYTES.transcript) return refuse('A transcript may be at most 2 MB.');
  let source: string;
  try {
    source = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return refuse('This transcript is not UTF-8 text.');
  }
  const blocks = source.replace(/\r\n?/g, '\n').split(/\n{2,}/);
  const format = /^WEBVTT(?:[ \t].*)?$/m.test(blocks[0]?.split('\n')[0] ?? '') ? VTT : SRT;
  const cues = format === VTT ? blocks.slice(1) : blocks;
  const texts: string[] = [];
  let previousStart = 0;
  for (const block of cues) {
    const lines = block.split('\n').filter((line) => line.trim() !== '');
    const timingIndex = lines.findIndex((line) => line.includes('-->'));
    if (timingIndex === -1) {
      if (format === VTT && /^(NOTE|STYLE|REGION)\b/.test(lines[0] ?? '')) continue;
      if (lines.length === 0) continue;
      return refuse(`This is not a WebVTT or SRT transcript: “${lines[0]?.slice(0, 40)}” is not a cue.`);
    }
    const timing = TIMING_LINE.exec(lines[timingIndex]?.trim() ?? '');
    const start = timing ? format.time.exec(timing[1] ?? '') : null;
    const end = timing ? format.time.exec(timing[2] ?? '') : null;
    if (!start || !end) {
      return refuse(
        `This ${format.name} transcript has a cue timing that cannot be read: “${lines[timingIndex]}”.`,
      );
    }
    const startSeconds = secondsOf(start);
    const endSeconds = secondsOf(end);
    if (endSeconds <= startSeconds) {
      return refuse(
        `This ${format.name} transcript has a cue that ends before it starts: “${lines[timingIndex]}”.`,
      );
    }
    if (startSeconds < previousStart) {
      return refuse(`This ${format.name} transcript has cues out of order at “${lines[timingIndex]}”.`);
    }
    previousStart = startSeconds;
    texts.push(plainCueText(lines.slice(timingIndex + 1)));
  }
  if (texts.length === 0) return refuse('This transcript has no cues.');
  return {
    ok: true,
    file: {
      bytes,
      contentType: format.contentType,
      extension: format.extension,
      width: null,
      height: null,
      durationSeconds: null,
      text: texts.filter((text) => text !== '').join('\n'),
    },
  };
}
