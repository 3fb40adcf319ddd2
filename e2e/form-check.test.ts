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
import { formCheckPath } from '../src/web/form-check/handoff.ts';
import { liveTrackCount, recordCameraStreams } from './camera-streams.ts';
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

/** The squat recording lasts 13 s. */
const RECORDING_SECONDS = 13;
const STILL_START_SECONDS = 2;
/**
 * The fake camera loops, and the jump back to standing would complete the cut-off third rep: two reps
 * counted before the loop come from the first pass's two real squats.
 */
const CAMERA_LOOP_SECONDS = RECORDING_SECONDS + STILL_START_SECONDS;
/** How long the live check runs between two measurements of the page's memory. */
const LONG_SESSION_SECONDS = 30;

function ffmpeg(...args: string[]): void {
  const result = spawnSync('ffmpeg', ['-v', 'error', '-y', ...args], { encoding: 'utf8' });
  if (result.error)
    throw new Error('These tests need ffmpeg (Debian package "ffmpeg"): apt-get install ffmpeg');
  if (result.status !== 0) throw new Error(`ffmpeg ${args.join(' ')} failed: ${result.stderr}`);
}

/**
 * The recording as a camera, 15 frames a second at a phone preview's size (a .y4m is raw frames). Its
 * first frame is held for the first seconds: the member stands still before starting, as the check asks,
 * whenever the camera happens to come on.
 */
function makeFakeCamera(video: string, file: string): void {
  const still = `tpad=start_duration=${STILL_START_SECONDS}:start_mode=clone`;
  ffmpeg('-i', video, '-vf', `${still},fps=15,scale=360:-2`, '-pix_fmt', 'yuv420p', file);
}

async function openReady(page: Page, url: string): Promise<void> {
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

      // Any exercise's page opens its form check, side-on where the exercise is seen from the side.
      const side = await harness.newPage();
      await side.goto('/exercises/hip-hinge');
      await side.getByRole('link', { name: 'Check my hip hinge form' }).click();
      await expectHeading(side, 'Hip hinge form check');
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
        { timeout: (CAMERA_LOOP_SECONDS + 8) * 1000 },
      );
      const frames = Number(await skeleton.getAttribute('data-analysed-frames'));
      const seconds = (Date.now() - startedAt) / 1000;
      console.log(
        `Live form check in headless Chromium (WASM): ${frames} frames analysed in ${seconds.toFixed(1)} s = ${(frames / seconds).toFixed(1)} frames per second`,
      );
      expect(await count.textContent()).toBe('2');
      expect(seconds).toBeLessThan(CAMERA_LOOP_SECONDS - 1);
      await saveScreen(page, 'form-check-live');
      const sound = page.getByRole('button', { name: 'Speak the cues' });
      expect(await sound.getAttribute('aria-pressed')).toBe('false');
      await sound.click();
      expect(await sound.getAttribute('aria-pressed')).toBe('true');
      expect(await page.evaluate(() => localStorage.getItem('backstrong.form-check-spoken-cues'))).toBe(
        'true',
      );

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

    it('stays flat in memory over a long live session, and lets go of the camera and the model on leaving', async () => {
      const page = await harness.newPage();
      await recordCameraStreams(page);
      await openReady(page, '/form-check/squat');
      // The pose model's own worker (TF.js's WASM threads are workers of their own, started beside it).
      expect(page.workers().filter((worker) => worker.url().includes('pose-worker'))).toHaveLength(1);
      await page.getByRole('button', { name: 'Use the camera' }).click();
      const skeleton = page.locator('.form-live__skeleton');
      await page.waitForFunction(
        () =>
          Number(document.querySelector<HTMLElement>('.form-live__skeleton')?.dataset.analysedFrames) > 30,
      );
      const cdp = await page.context().newCDPSession(page);
      const heapAfterGc = async () => {
        await cdp.send('HeapProfiler.collectGarbage');
        return (await cdp.send('Runtime.getHeapUsage')).usedSize;
      };
      const framesBefore = Number(await skeleton.getAttribute('data-analysed-frames'));
      const before = await heapAfterGc();
      await page.waitForTimeout(LONG_SESSION_SECONDS * 1000);
      const after = await heapAfterGc();
      const frames = Number(await skeleton.getAttribute('data-analysed-frames')) - framesBefore;
      console.log(
        `Live for ${LONG_SESSION_SECONDS} s more (${frames} frames): page heap ${(before / 1e6).toFixed(1)} MB → ${(after / 1e6).toFixed(1)} MB`,
      );
      expect(frames).toBeGreaterThan(LONG_SESSION_SECONDS * 3);
      expect(after - before).toBeLessThan(1_000_000);

      await page.getByRole('button', { name: 'Stop' }).click();
      await expectHeading(page, 'Squat form check');
      expect(await liveTrackCount(page)).toBe(0);
      await page.getByRole('link', { name: 'Back to the squat' }).click();
      await expectHeading(page, 'Squat');
      // The pose worker and the WASM threads it started (workers of their own) all end. A busy machine
      // may take more than a poll's default second to end nine workers; one that leaked never ends.
      await expect.poll(() => page.workers().length, { timeout: 10_000 }).toBe(0);
    }, 120_000);

    // Known limit: a recording plays through the model, and a machine busy with other work can skip a
    // frame; at this video's 5 frames a second, a skipped frame at the top can join two reps. One more
    // try keeps that from failing the run; a wrong count on every try still fails it.
    it('analyses a picked video on the phone: 2 squats and the cut-off third, each on the timeline', {
      retry: 1,
      timeout: 180_000,
    }, async () => {
      const page = await harness.newPage();
      await openReady(page, '/form-check/squat');
      await page.getByRole('button', { name: 'Pick or record a video' }).click();
      // The frame counts the analysis leaves on its canvas, kept as the canvas goes when the results come.
      await page.evaluate(() => {
        new MutationObserver(() => {
          const canvas = document.querySelector<HTMLCanvasElement>('.recording-analysis__skeleton');
          if (canvas) Object.assign(window, { frameCounts: { ...canvas.dataset } });
        }).observe(document.body, { subtree: true, attributes: true, childList: true });
      });
      await page.getByLabel('Pick a video').setInputFiles(SQUATS);
      await visible(page.getByRole('progressbar', { name: 'Checking your video on this phone…' }));
      await waitForResults(page);

      const counts = await page.evaluate(
        () => (window as unknown as { frameCounts?: DOMStringMap }).frameCounts,
      );
      console.log(
        `pose_squats.mp4 picked as a video: ${counts?.analysedFrames} frames analysed, ${counts?.skippedFrames} skipped;`,
        await page.locator('.rep-table tbody tr').allInnerTexts(),
      );
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
    });

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

    it('says nobody was seen in an empty video, never "0 reps"', async () => {
      const empty = path.join(scratch, 'empty-room.mp4');
      ffmpeg('-f', 'lavfi', '-i', 'color=c=0x808080:s=360x640:r=15:d=3', '-pix_fmt', 'yuv420p', empty);
      const page = await harness.newPage();
      await openReady(page, '/form-check/squat');
      await page.getByRole('button', { name: 'Pick or record a video' }).click();
      await page.getByLabel('Pick a video').setInputFiles(empty);
      await waitForResults(page);
      await visible(page.getByRole('heading', { name: 'We could not see you' }));
      expect(await page.locator('.tally').count()).toBe(0);
      expect(await page.locator('main').textContent()).not.toMatch(/\b0 reps\b/);
      expect(await page.getByRole('button', { name: 'Use these results' }).count()).toBe(0);
    }, 120_000);

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
      await page.getByRole('button', { name: 'Try again' }).click();
      await visible(page.locator('.form-live__skeleton'));
    }, 90_000);
  },
);
