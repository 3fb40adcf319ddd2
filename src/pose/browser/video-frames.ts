/**
 * Calls back once per video frame, with the frame's time, through requestVideoFrameCallback. Two paces:
 * 'live' (a camera) takes the newest frame as soon as the last one is done, skipping what came meanwhile,
 * so the skeleton never lags behind the member; 'recording' slows the video's playback to the speed the
 * callback keeps up with, so a slow phone still sees (nearly) every frame, just later. Pausing for each
 * frame would be simpler, but every resume waits a whole frame interval: 4 frames a second at best on a
 * 5 fps video.
 */

export type FramePace = 'live' | 'recording';

export interface FrameLoop {
  stop(): void;
  /** Settles when the video ends or the loop is stopped; rejects with the callback's error. */
  finished: Promise<void>;
  /** Frames the video showed that the callback never got. */
  skippedFrames(): number;
}

/** Playback speeds Chromium, Safari and Firefox all accept. */
const SLOWEST_RATE = 0.0625;
const FASTEST_RATE = 4;
/** A recording starts slow, so the first frames are not skipped while the right speed is found. */
const STARTING_RATE = 0.25;
/** Aim below the speed the callback keeps up with, as its time varies from frame to frame. */
const HEADROOM = 0.7;
/** One refresh of a 60 Hz display: a frame is presented, and its callback run, on a refresh. */
const DISPLAY_REFRESH_MS = 1000 / 60;

/** The frame's time: its place in the recording, or when a camera frame was captured. */
function frameTimeMs(now: number, metadata: VideoFrameCallbackMetadata, pace: FramePace): number {
  if (pace === 'recording') return metadata.mediaTime * 1000;
  return metadata.captureTime ?? metadata.expectedDisplayTime ?? now;
}

/** The caller starts the video (play()); the loop follows it until it ends or is stopped. */
export function followVideoFrames(
  video: HTMLVideoElement,
  onFrame: (timestampMs: number) => Promise<void> | void,
  pace: FramePace,
): FrameLoop {
  let isStopped = false;
  let callbackId = 0;
  let skipped = 0;
  let last: { presentedFrames: number; mediaTime: number } | null = null;
  let finish: () => void = () => {};
  let fail: (error: unknown) => void = () => {};
  const finished = new Promise<void>((resolve, reject) => {
    finish = resolve;
    fail = reject;
  });
  const stop = () => {
    isStopped = true;
    video.cancelVideoFrameCallback(callbackId);
    video.removeEventListener('ended', onEnded);
    finish();
  };
  /**
   * The end of a recording may come before its last frame's callback has run (both come on one
   * refresh), or while that frame is still being worked on: the loop ends once it is idle and a moment
   * has passed for a callback still due, so the last frame (a rep's end) is never lost.
   */
  let isEnding = false;
  const LAST_FRAME_WAIT_MS = 100;
  const onEnded = () => {
    if (pace === 'live') return stop();
    isEnding = true;
    window.setTimeout(() => {
      if (!isBusy && !isStopped) stop();
    }, LAST_FRAME_WAIT_MS);
  };

  /**
   * Sets the speed at which one frame interval of the video lasts as long as a frame keeps the loop
   * busy: from the frame's presentation (`now`, which is before the callback runs) to the next request,
   * plus a display refresh before the next callback can run. A skipped frame halves the speed at once.
   */
  function fitPlaybackRate(metadata: VideoFrameCallbackMetadata, now: number, skippedNow: number): void {
    if (last === null) return;
    const frames = metadata.presentedFrames - last.presentedFrames;
    const mediaSeconds = metadata.mediaTime - last.mediaTime;
    if (!(frames > 0 && mediaSeconds > 0)) return;
    const busyMs = performance.now() - now + DISPLAY_REFRESH_MS;
    const fitting = ((mediaSeconds / frames) * 1000 * HEADROOM) / busyMs;
    const rate = skippedNow > 0 ? video.playbackRate / 2 : (video.playbackRate + fitting) / 2;
    video.playbackRate = Math.min(FASTEST_RATE, Math.max(SLOWEST_RATE, rate));
  }

  /** Live: the newest frame shown while the callback was busy, taken as soon as it is done. */
  let waiting: { now: number; metadata: VideoFrameCallbackMetadata } | null = null;
  let isBusy = false;

  const take = async (now: number, metadata: VideoFrameCallbackMetadata) => {
    isBusy = true;
    // A recording holds still for the whole of a frame's work (the model, the analyzer, the drawing)
    // and moves on only once the next frame's callback is asked for: a frame shown in between would
    // have no callback to take it, and on a busy phone one lost frame can lose a rep.
    if (pace === 'recording') video.pause();
    const skippedNow = last === null ? 0 : Math.max(0, metadata.presentedFrames - last.presentedFrames - 1);
    skipped += skippedNow;
    try {
      await onFrame(frameTimeMs(now, metadata, pace));
    } catch (error) {
      isStopped = true;
      fail(error);
      return;
    } finally {
      isBusy = false;
    }
    if (isStopped) return;
    if (isEnding) {
      stop();
      return;
    }
    if (pace === 'recording') fitPlaybackRate(metadata, now, skippedNow);
    last = { presentedFrames: metadata.presentedFrames, mediaTime: metadata.mediaTime };
    if (pace === 'recording') {
      callbackId = video.requestVideoFrameCallback(onVideoFrame);
      if (!video.ended) await video.play();
    } else if (waiting !== null) {
      const next = waiting;
      waiting = null;
      void take(next.now, next.metadata);
    }
  };

  // Live, the loop keeps watching frames while one is with the callback (the newest one waiting is the
  // one the video shows): asking for the next frame only once it is done would idle up to a frame
  // interval each time, which turns a 40 ms model into 15 frames a second.
  function onVideoFrame(now: number, metadata: VideoFrameCallbackMetadata): void {
    if (isStopped) return;
    if (pace === 'live') callbackId = video.requestVideoFrameCallback(onVideoFrame);
    if (isBusy) waiting = { now, metadata };
    else void take(now, metadata);
  }
  if (pace === 'recording') video.playbackRate = STARTING_RATE;
  video.addEventListener('ended', onEnded);
  callbackId = video.requestVideoFrameCallback(onVideoFrame);
  return { stop, finished, skippedFrames: () => skipped };
}
