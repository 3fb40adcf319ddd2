/**
 * What the Node pose tests share: the real recordings in ../shared/media (read in place, never copied
 * into the repository) and small videos made by ffmpeg in a temporary folder. ffmpeg itself is required:
 * without it these tests fail with the command that installs it, rather than skipping.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const MEDIA_DIRECTORY = fileURLToPath(new URL('../../../../shared/media/', import.meta.url));
export const SQUATS_VIDEO = path.join(MEDIA_DIRECTORY, 'pose_squats.mp4');
export const SQUATS_REFERENCE = path.join(MEDIA_DIRECTORY, 'pose_squats.full.json');
export const DANCING_VIDEO = path.join(MEDIA_DIRECTORY, 'pose_1.mp4');

export function hasMedia(...files: string[]): boolean {
  return files.every((file) => existsSync(file));
}

export function assertFfmpegInstalled(): void {
  for (const tool of ['ffmpeg', 'ffprobe']) {
    const result = spawnSync(tool, ['-version'], { stdio: 'ignore' });
    if (result.error !== undefined || result.status !== 0) {
      throw new Error(`These tests need ${tool} (Debian package "ffmpeg"): sudo apt-get install ffmpeg`);
    }
  }
}

/** Runs ffmpeg quietly with the given arguments (ending in the output file) and fails loudly. */
export function ffmpeg(...args: string[]): void {
  const result = spawnSync('ffmpeg', ['-v', 'error', '-y', ...args], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`ffmpeg ${args.join(' ')} failed: ${result.stderr}`);
}

/** A grey video with nobody in it. */
export function makeEmptyVideo(file: string, seconds = 2): string {
  ffmpeg('-f', 'lavfi', '-i', `color=c=0x808080:s=320x240:r=15:d=${seconds}`, '-pix_fmt', 'yuv420p', file);
  return file;
}

/** A file with sound and no pictures. */
export function makeAudioOnlyFile(file: string): string {
  ffmpeg('-f', 'lavfi', '-i', 'sine=d=1', file);
  return file;
}
