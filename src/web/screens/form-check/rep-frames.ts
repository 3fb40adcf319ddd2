/**
 * A small picture of each rep at its turning point (the bottom of a squat), taken from the recording once
 * it has been analysed. The pictures live in this page's memory only, as object URLs the results screen
 * revokes when it closes: never uploaded, never stored.
 */
import type { FormRep } from '../../../core/form/rep-result.ts';

/** Tall enough for a sharp 80-pixel-high thumbnail on a phone screen. */
const THUMBNAIL_HEIGHT = 160;
/** A seek that never answers (a broken file) must not hold the results up. */
const SEEK_PATIENCE_MS = 3000;

function seek(video: HTMLVideoElement, seconds: number): Promise<boolean> {
  return new Promise((resolve) => {
    const done = (isSeeked: boolean) => {
      window.clearTimeout(timer);
      video.removeEventListener('seeked', onSeeked);
      resolve(isSeeked);
    };
    const onSeeked = () => done(true);
    const timer = window.setTimeout(() => done(false), SEEK_PATIENCE_MS);
    video.addEventListener('seeked', onSeeked);
    video.currentTime = seconds;
  });
}

function drawFrame(video: HTMLVideoElement): Promise<Blob | null> {
  const scale = Math.min(1, THUMBNAIL_HEIGHT / video.videoHeight);
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(video.videoWidth * scale);
  canvas.height = Math.round(video.videoHeight * scale);
  const context = canvas.getContext('2d');
  if (context === null) return Promise.resolve(null);
  context.drawImage(video, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve) => canvas.toBlob(resolve, 'image/jpeg', 0.8));
}

/** Rep number → object URL of its turning point's frame; reps whose frame could not be read are left out. */
export type RepFrames = ReadonlyMap<number, string>;

export async function captureRepFrames(
  video: HTMLVideoElement,
  reps: readonly FormRep[],
): Promise<RepFrames> {
  const frames = new Map<number, string>();
  video.pause();
  for (const rep of reps) {
    if (!(await seek(video, rep.turnMs / 1000))) continue;
    const blob = await drawFrame(video);
    if (blob !== null) frames.set(rep.number, URL.createObjectURL(blob));
  }
  return frames;
}

export function releaseRepFrames(frames: RepFrames): void {
  for (const url of frames.values()) URL.revokeObjectURL(url);
}
