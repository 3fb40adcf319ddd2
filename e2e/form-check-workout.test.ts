/**
 * The whole way, with nothing played: in a workout the member opens the form check, squats in front of the
 * camera (the real squat recording fed to Chromium as its camera), finishes the set, uses the results, and
 * the set is logged from the camera's count after the member checks it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../src/cli/web-build.ts';
import { expectHeading, type Harness, saveScreen, startHarness, uniqueEmail, visible } from './harness.ts';
import { choosePain, localWorkoutId, memberWithPlan, serverWorkout } from './training.ts';

const SQUATS = path.resolve(PROJECT_ROOT, '../shared/media/pose_squats.mp4');
const hasMedia = existsSync(SQUATS);
if (!hasMedia)
  console.warn('Skipping the form check into a workout: ../shared/media/pose_squats.mp4 missing');

/** The member stands still this long before the recording's first squat, as the form check asks. */
const STILL_START_SECONDS = 2;
const PASSWORD = 'a long and memorable password';

function makeFakeCamera(file: string): void {
  const result = spawnSync(
    'ffmpeg',
    [
      '-v',
      'error',
      '-y',
      '-i',
      SQUATS,
      '-vf',
      `tpad=start_duration=${STILL_START_SECONDS}:start_mode=clone,fps=15,scale=360:-2`,
      '-pix_fmt',
      'yuv420p',
      file,
    ],
    { encoding: 'utf8' },
  );
  if (result.error)
    throw new Error('This test needs ffmpeg (Debian package "ffmpeg"): apt-get install ffmpeg');
  if (result.status !== 0) throw new Error(`ffmpeg failed: ${result.stderr}`);
}

describe.skipIf(!hasMedia)('a set counted by the camera during a workout', () => {
  let harness: Harness;
  let folder: string;

  beforeAll(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'backstrong-camera-'));
    const camera = path.join(folder, 'squats.y4m');
    makeFakeCamera(camera);
    harness = await startHarness({ fakeCameraFile: camera });
  }, 120_000);

  afterAll(async () => {
    await harness?.stop();
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  it('opens the form check from the workout, counts the squats live, and logs them once checked', async () => {
    const page = await harness.newPage();
    const context = page.context();
    const email = uniqueEmail('live-camera');
    await memberWithPlan(harness, page, { email, password: PASSWORD, name: 'Li Ve' });

    await page.goto('/today');
    await page.getByRole('link', { name: 'Start workout' }).click();
    await page.getByRole('button', { name: '2 out of 10' }).click();
    await expectHeading(page, 'Squat');
    const workoutId = await localWorkoutId(page);

    await page.getByRole('link', { name: 'Check my form with the camera' }).click();
    await expectHeading(page, 'Squat form check');
    await page.getByText('The form check is ready.').waitFor({ state: 'visible', timeout: 60_000 });
    await page.getByRole('button', { name: 'Use the camera' }).click();
    await page.waitForFunction(
      () => document.querySelector('.form-live__count-number')?.textContent === '2',
      undefined,
      { timeout: 60_000 },
    );
    await page.getByRole('button', { name: 'Finish set' }).click();
    await expectHeading(page, 'Your squat set');
    await page.getByRole('button', { name: 'Use these results' }).click();

    // Back in the workout, the set's details are filled in from the camera, for the member to check.
    await page.waitForURL('**/workout');
    await expectHeading(page, 'Squat');
    await visible(page.getByText('From the form check: 2 reps, 2 with good form. Check and save.'));
    await saveScreen(page, 'workout-from-live-form-check');
    await choosePain(page, 2);
    await page.getByRole('button', { name: 'Save set 1' }).click();
    await expect.poll(async () => (await serverWorkout(harness, context, workoutId)).sets.length).toBe(1);
    const [saved] = (await serverWorkout(harness, context, workoutId)).sets;
    expect(saved).toMatchObject({ exerciseId: 'squat', reps: 2, goodReps: 2, measuredBy: 'camera' });
  }, 180_000);
});
