/**
 * The camera form check in Chromium, on the real squat recording: live from a fake camera playing it, and
 * from the file picked as a video. The pose model and TensorFlow.js's WASM files are served to the page by
 * the test itself, straight from node_modules, under the paths the app asks for.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../src/cli/web-build.ts';
import { MOVENET_LIGHTNING_JSON, TFJS_WASM_DIRECTORY } from '../src/pose/node/local-files.ts';
import { formCheckPath } from '../src/web/form-check/handoff.ts';
import {
  checkScreen,
  expectHeading,
  type Harness,
  saveScreen,
  seriousAccessibilityViolations,
  startHarness,
  visible,
} from './harness.ts';

const MEDIA = path.resolve(PROJECT_ROOT, '../shared/media');
const SQUATS = path.join(MEDIA, 'pose_squats.mp4');
const DANCING = path.join(MEDIA, 'pose_1.mp4');
const missingMedia = [SQUATS, DANCING].filter((file) => !existsSync(file)).map((file) => path.basename(file));
if (missingMedia.length > 0)
  console.warn(`Skipping the form check browser tests: ../shared/media/${missingMedia.join(', ')} missing`);

/** The squat recording lasts 13 s; the fake camera loops it, which would join its cut-off third rep. */
const RECORDING_SECONDS = 13;

/** The recording as a camera: 15 frames a second at a phone preview's size (a .y4m is raw frames). */
function makeFakeCamera(video: string, file: string): void {
  const result = spawnSync(
    'ffmpeg',
    ['-v', 'error', '-y', '-i', video, '-vf', 'fps=15,scale=360:-2', '-pix_fmt', 'yuv420p', file],
    { encoding: 'utf8' },
  );
  if (result.error)
    throw new Error('These tests need ffmpeg (Debian package "ffmpeg"): apt-get install ffmpeg');
  if (result.status !== 0) throw new Error(`ffmpeg could not make the fake camera: ${result.stderr}`);
}

/** What the app will serve itself: the model and the WASM binaries, from node_modules. */
async function servePoseFiles(page: Page): Promise<void> {
  const modelDirectory = path.dirname(MOVENET_LIGHTNING_JSON);
  await page.context().route('**/models/**', async (route) => {
    const { pathname } = new URL(route.request().url());
    const name = path.basename(pathname);
    const file = pathname.startsWith('/models/tfjs-wasm/')
      ? path.join(TFJS_WASM_DIRECTORY, name)
      : path.join(modelDirectory, name);
    if (!existsSync(file)) return route.fulfill({ status: 404 });
    const contentType = name.endsWith('.wasm')
      ? 'application/wasm'
      : name.endsWith('.json')
        ? 'application/json'
        : 'application/octet-stream';
    return route.fulfill({ path: file, contentType });
  });
}

/** Keeps every camera stream the page opens, to check later that each track was stopped. */
async function recordCameraStreams(page: Page): Promise<void> {
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

async function liveTrackCount(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      (window as unknown as { cameraStreams: MediaStream[] }).cameraStreams
        .flatMap((stream) => stream.getTracks())
        .filter((track) => track.readyState === 'live').length,
  );
}

async function openReady(page: Page, url: string): Promise<void> {
  await servePoseFiles(page);
  await page.goto(url);
  await expectHeading(page, 'Squat form check');
  await visible(page.getByText('The form check is ready.'));
}

/** A video is analysed at the model's speed: a few times slower than it plays on this machine. */
async function waitForResults(page: Page): Promise<void> {
  await page.getByRole('heading', { level: 1, name: 'Your squat set' }).waitFor({ timeout: 120_000 });
}

async function tally(page: Page, label: string): Promise<string> {
  return (await page.locator('.tally__item', { hasText: label }).locator('dd').textContent()) ?? '';
}

describe.skipIf(missingMedia.length > 0)(
  `the camera form check (needs ../shared/media/pose_squats.mp4 and pose_1.mp4${missingMedia.length > 0 ? `; missing: ${missingMedia.join(', ')}` : ''})`,
  () => {
    let harness: Harness;
    let scratch: string;

    beforeAll(async () => {
      scratch = await mkdtemp(path.join(tmpdir(), 'backstrong-form-check-'));
      const camera = path.join(scratch, 'squats.y4m');
      makeFakeCamera(SQUATS, camera);
      harness = await startHarness({ fakeCameraFile: camera });
    }, 180_000);

    afterAll(async () => {
      await harness?.stop();
      if (scratch) await rm(scratch, { recursive: true, force: true });
    });

    it('guides the setup for the exercise, and loads the model while the member reads', async () => {
      const page = await harness.newPage();
      await openReady(page, '/form-check/squat?level=3');
      await visible(page.getByText('Your level: Level 3: Half squat'));
      await visible(page.getByText(/Stand the phone up at about hip height in front of you/));
      await visible(page.getByRole('heading', { name: 'Your video stays on this phone' }));
      await checkScreen(page, 'form-check-setup');

      const side = await harness.newPage();
      await servePoseFiles(side);
      await side.goto('/form-check/hip-hinge');
      await visible(side.getByText(/beside you.*Turn side-on to it/));
    }, 120_000);

    it('counts the squats live from the camera, draws the skeleton, and hands the result back', async () => {
      const page = await harness.newPage();
      await recordCameraStreams(page);
      const returnTo = '/exercises/squat';
      await openReady(page, `${formCheckPath('squat', returnTo)}&level=3`);
      await page.getByRole('button', { name: 'Use the camera' }).click();
      const skeleton = page.locator('.form-live__skeleton');
      await skeleton.waitFor({ state: 'attached', timeout: 30_000 });
      const startedAt = Date.now();

      // The first pass of the recording holds two completed squats.
      const count = page.locator('.form-live__count-number');
      await page.waitForFunction(
        () => document.querySelector('.form-live__count-number')?.textContent === '2',
        undefined,
        { timeout: (RECORDING_SECONDS + 8) * 1000 },
      );
      const frames = Number(await skeleton.getAttribute('data-analysed-frames'));
      const seconds = (Date.now() - startedAt) / 1000;
      console.log(
        `Live form check in headless Chromium (WASM, one thread): ${frames} frames analysed in ${seconds.toFixed(1)} s = ${(frames / seconds).toFixed(1)} frames per second`,
      );
      expect(await count.textContent()).toBe('2');
      expect(seconds).toBeLessThan(RECORDING_SECONDS + 3);
      expect(frames / seconds).toBeGreaterThan(5);
      await saveScreen(page, 'form-check-live');

      await page.getByRole('button', { name: 'Finish set' }).click();
      await expectHeading(page, 'Your squat set');
      expect(await liveTrackCount(page)).toBe(0);
      expect(await tally(page, 'Completed reps')).toBe('2');
      await visible(page.getByRole('table'));
      await checkScreen(page, 'form-check-results');

      await page.getByRole('button', { name: 'Use these results' }).click();
      await page.waitForURL(`**${returnTo}`);
      const handedBack = await page.evaluate(() => sessionStorage.getItem('backstrong.form-check-result'));
      expect(JSON.parse(handedBack ?? '{}')).toMatchObject({ exerciseId: 'squat', reps: 2, mode: 'live' });
    }, 120_000);

    it('analyses a picked video on the phone: 2 squats and the cut-off third, each on the timeline', async () => {
      const page = await harness.newPage();
      await openReady(page, '/form-check/squat');
      await page.getByRole('button', { name: 'Pick or record a video' }).click();
      await page.getByLabel('Pick a video').setInputFiles(SQUATS);
      await visible(page.getByRole('progressbar', { name: 'Checking your video on this phone…' }));
      await waitForResults(page);

      expect(await tally(page, 'Completed reps')).toBe('2');
      expect(await tally(page, 'Partial reps')).toBe('1');
      await expect(page.getByText('Knees caved in').count()).resolves.toBe(0);
      await expect(page.getByRole('cell', { name: 'Caved in' }).count()).resolves.toBe(0);
      const reps = page.locator('.rep-timeline__list > li');
      expect(await reps.count()).toBe(3);
      expect(await reps.allTextContents()).toEqual([
        expect.stringContaining('Rep 1: Good'),
        expect.stringContaining('Rep 2: Good'),
        expect.stringContaining('Rep 3: Partial, not counted'),
      ]);
      const thumbnails = page.locator('.rep-timeline__list img');
      expect(await thumbnails.count()).toBe(3);
      for (const thumbnail of await thumbnails.all()) {
        expect(await thumbnail.getAttribute('src')).toMatch(/^blob:/);
        expect(await thumbnail.evaluate((image: HTMLImageElement) => image.naturalWidth)).toBeGreaterThan(0);
      }
      expect(await page.locator('.rep-timeline__bar > span').count()).toBe(3);
      // Not opened from a workout and none under way: there is nowhere to use the result.
      expect(await page.getByRole('button', { name: 'Use these results' }).count()).toBe(0);
      await saveScreen(page, 'form-check-timeline');
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
    }, 180_000);

    it('counts no good squats in a video of someone dancing', async () => {
      const page = await harness.newPage();
      await openReady(page, '/form-check/squat');
      await page.getByRole('button', { name: 'Pick or record a video' }).click();
      await page.getByLabel('Pick a video').setInputFiles(DANCING);
      await waitForResults(page);
      const hasTally = (await page.locator('.tally').count()) > 0;
      if (hasTally) expect(await tally(page, 'Good reps')).toBe('0');
      else await visible(page.locator('.form-results__warning').first());
    }, 180_000);

    it('says what to do when the camera is blocked', async () => {
      const page = await harness.newPage();
      await page.addInitScript(() => {
        navigator.mediaDevices.getUserMedia = () =>
          Promise.reject(new DOMException('Permission denied', 'NotAllowedError'));
      });
      await openReady(page, '/form-check/squat');
      await page.getByRole('button', { name: 'Use the camera' }).click();
      const alert = await visible(page.getByRole('alert'));
      expect(await alert.textContent()).toContain('The camera is blocked');
      await page.getByRole('button', { name: 'Pick or record a video instead' }).click();
      await visible(page.getByLabel('Pick a video'));
    }, 60_000);

    it('says so when the pose model cannot be loaded, and tries again', async () => {
      const page = await harness.newPage();
      await page.context().route('**/models/**', (route) => route.fulfill({ status: 404 }));
      await page.goto('/form-check/squat');
      await visible(page.getByText(/The form check did not load/));
      await page.getByRole('button', { name: 'Use the camera' }).click();
      await visible(page.getByRole('heading', { name: 'The form check could not start' }));
      await page.context().unroute('**/models/**');
      await servePoseFiles(page);
      await page.getByRole('button', { name: 'Try again' }).click();
      await visible(page.locator('.form-live__skeleton'));
    }, 90_000);
  },
);
