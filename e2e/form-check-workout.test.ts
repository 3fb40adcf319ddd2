/**
 * The whole way, with nothing played: in a workout the member opens the form check, squats in front of the
 * camera (the real squat recording fed to Chromium as its camera), and the set is logged from the camera's
 * count after the member checks it. The recording's squats are full squats (level 5) and this member's
 * squat is at level 3, the half squat: each rep is done but past their level, so none is a good rep. The
 * recording's two squats are looped to twelve, and the check stops by itself at the set's ten.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../src/cli/web-build.ts';
import { liveTrackCount, recordCameraStreams } from './camera-streams.ts';
import { expectHeading, type Harness, saveScreen, startHarness, uniqueEmail, visible } from './harness.ts';
import { choosePain, localWorkoutId, memberWithPlan, serverWorkout } from './training.ts';

const SQUATS = path.resolve(PROJECT_ROOT, '../shared/media/pose_squats.mp4');
const hasMedia = existsSync(SQUATS);
if (!hasMedia)
  console.warn('Skipping the form check into a workout: ../shared/media/pose_squats.mp4 missing');

/** The member stands still this long before the recording's first squat, as the form check asks. */
const STILL_START_SECONDS = 2;
/** The recording (5 frames a second) up to just before its cut-off third squat: two whole squats. */
const TWO_SQUATS_FRAMES = 44;
/** Six times over: twelve squats, two more than a set. */
const PASSES = 6;
const PASSWORD = 'a long and memorable password';

function makeFakeCamera(file: string): void {
  const filters = [
    `trim=end_frame=${TWO_SQUATS_FRAMES}`,
    `loop=loop=${PASSES - 1}:size=${TWO_SQUATS_FRAMES}:start=0`,
    'setpts=N/(5*TB)',
    `tpad=start_duration=${STILL_START_SECONDS}:start_mode=clone`,
    'fps=15',
    'scale=360:-2',
  ];
  const result = spawnSync(
    'ffmpeg',
    ['-v', 'error', '-y', '-i', SQUATS, '-vf', filters.join(','), '-pix_fmt', 'yuv420p', file],
    { encoding: 'utf8' },
  );
  if (result.error)
    throw new Error('This test needs ffmpeg (Debian package "ffmpeg"): apt-get install ffmpeg');
  if (result.status !== 0) throw new Error(`ffmpeg failed: ${result.stderr}`);
}

async function tally(page: Page, label: string): Promise<string> {
  return (await page.locator('.tally__item', { hasText: label }).locator('dd').textContent()) ?? '';
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

  it('says when a squat goes past the member’s level, stops at the set’s ten, and logs no good reps', async () => {
    const page = await harness.newPage();
    const context = page.context();
    await recordCameraStreams(page);
    const email = uniqueEmail('live-camera');
    await memberWithPlan(harness, page, { email, password: PASSWORD, name: 'Li Ve' });

    await page.goto('/today');
    await page.getByRole('link', { name: 'Start workout' }).click();
    await page.getByRole('button', { name: '2 out of 10' }).click();
    await expectHeading(page, 'Squat');
    const workoutId = await localWorkoutId(page);

    await page.getByRole('link', { name: 'Check my form with the camera' }).click();
    await expectHeading(page, 'Squat form check');
    await visible(page.getByText('Your level: Level 3: Half squat'));
    await page.getByText('The form check is ready.').waitFor({ state: 'visible', timeout: 60_000 });
    await page.getByRole('button', { name: 'Use the camera' }).click();

    // Past the level, the member hears of it while still on the way down; the gauge marks the level.
    const cue = page.locator('.form-live__cue', {
      hasText: 'A little less deep — your level is a half squat.',
    });
    await cue.waitFor({ state: 'visible', timeout: 30_000 });
    expect(await page.locator('.depth-gauge__step--target').textContent()).toBe('3');
    await saveScreen(page, 'form-check-past-level');

    await visible(page.locator('.form-live__count', { hasText: 'of 10' }));
    const done = page.getByText('That is 10 reps: the set is done.');
    await done.waitFor({ state: 'visible', timeout: 120_000 });
    expect(await page.locator('.form-live__count-number').textContent()).toBe('10');
    expect(await liveTrackCount(page)).toBe(0);
    await page.getByRole('button', { name: 'See the results' }).click();

    await expectHeading(page, 'Your squat set');
    expect(await tally(page, 'Completed reps')).toBe('10');
    expect(await tally(page, 'Good reps')).toBe('0');
    expect(await page.getByRole('cell', { name: 'Past your level' }).count()).toBe(10);
    await page.getByRole('button', { name: 'Use these results' }).click();

    // Back in the workout, the set's details are filled in from the camera, for the member to check.
    await page.waitForURL('**/workout');
    await expectHeading(page, 'Squat');
    await visible(page.getByText('From the form check: 10 reps, 0 with good form. Check and save.'));
    await visible(page.getByText(/^10 reps went past today’s level/));
    await saveScreen(page, 'workout-from-live-form-check');
    await choosePain(page, 2);
    await page.getByRole('button', { name: 'Save set 1' }).click();
    await expect.poll(async () => (await serverWorkout(harness, context, workoutId)).sets.length).toBe(1);
    const [saved] = (await serverWorkout(harness, context, workoutId)).sets;
    expect(saved).toMatchObject({ exerciseId: 'squat', reps: 10, goodReps: 0, measuredBy: 'camera' });
  }, 240_000);
});
