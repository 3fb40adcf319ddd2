/**
 * The camera as a browser test sees it: every stream a page opens is kept, so a test can check that the
 * form check let go of each track when it should.
 */
import type { Page } from 'playwright-core';

/** Keeps every camera stream the page opens, to check later that each track was stopped. */
export async function recordCameraStreams(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const streams: MediaStream[] = [];
    Object.assign(window, { cameraStreams: streams });
    const devices = navigator.mediaDevices;
    const original = devices.getUserMedia.bind(devices);
    devices.getUserMedia = async (constraints) => {
      const stream = await original(constraints);
      streams.push(stream);
      return stream;
    };
  });
}

export async function liveTrackCount(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      (window as unknown as { cameraStreams: MediaStream[] }).cameraStreams
        .flatMap((stream) => stream.getTracks())
        .filter((track) => track.readyState === 'live').length,
  );
}
