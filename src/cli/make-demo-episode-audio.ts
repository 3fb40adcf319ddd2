/**
 * Makes the demo episodes' audio, transcript and chapters from their scripts, once, with espeak-ng and
 * ffmpeg; the results are committed, so the app itself never needs either. A script has one sentence a
 * line, and `# Title` lines that start a chapter. Each sentence is spoken on its own and the pieces are
 * joined with a short pause, so every transcript cue's times are the real audio's.
 *
 * Run: npx node src/cli/make-demo-episode-audio.ts <name>   (name: a script in demo-content/episodes/)
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const EPISODES = join(import.meta.dirname, '../server/publication/demo-content/episodes');
const PAUSE_SECONDS = 0.4;

function secondsOf(file: string): number {
  const out = execFileSync('ffprobe', [
    '-v',
    'error',
    '-show_entries',
    'format=duration',
    '-of',
    'csv=p=0',
    file,
  ]);
  return Number(out.toString().trim());
}

function vttTime(seconds: number): string {
  const millis = Math.round(seconds * 1000);
  const hours = Math.floor(millis / 3_600_000);
  const minutes = Math.floor((millis % 3_600_000) / 60_000);
  const rest = (millis % 60_000) / 1000;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}:${rest.toFixed(3).padStart(6, '0')}`;
}

function make(name: string): void {
  const lines = readFileSync(join(EPISODES, `${name}.script.txt`), 'utf8')
    .split('\n')
    .filter(Boolean);
  const work = mkdtempSync(join(tmpdir(), 'episode-'));
  try {
    const silence = join(work, 'pause.wav');
    execFileSync('ffmpeg', [
      '-v',
      'error',
      '-f',
      'lavfi',
      '-i',
      `anullsrc=r=22050:cl=mono`,
      '-t',
      String(PAUSE_SECONDS),
      '-c:a',
      'pcm_s16le',
      silence,
    ]);
    const pieces: string[] = [];
    const cues: string[] = [];
    const chapters: { startTime: number; title: string }[] = [];
    let at = 0;
    for (const line of lines) {
      if (line.startsWith('# ')) {
        chapters.push({ startTime: Math.round(at * 10) / 10, title: line.slice(2) });
        continue;
      }
      const piece = join(work, `${pieces.length}.wav`);
      execFileSync('espeak-ng', ['-v', 'en-gb', '-s', '150', '-w', piece, line]);
      const length = secondsOf(piece);
      cues.push(`${cues.length + 1}\n${vttTime(at)} --> ${vttTime(at + length)}\n${line}\n`);
      pieces.push(piece, silence);
      at += length + PAUSE_SECONDS;
    }
    const list = join(work, 'list.txt');
    writeFileSync(list, pieces.map((piece) => `file '${piece}'`).join('\n'));
    execFileSync('ffmpeg', [
      '-v',
      'error',
      '-y',
      '-f',
      'concat',
      '-safe',
      '0',
      '-i',
      list,
      '-ac',
      '1',
      '-b:a',
      '32k',
      join(EPISODES, `${name}.mp3`),
    ]);
    writeFileSync(join(EPISODES, `${name}.vtt`), `WEBVTT\n\n${cues.join('\n')}`);
    writeFileSync(
      join(EPISODES, `${name}.chapters.json`),
      `${JSON.stringify({ version: '1.2.0', chapters }, null, 2)}\n`,
    );
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

for (const name of process.argv.slice(2)) make(name);
