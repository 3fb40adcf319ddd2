/**
 * A new release reaches a member in the middle of a workout: a set logged with no connection waits in the
 * outbox, a new build is deployed, and when the connection comes back the app says "A new version is
 * ready". It reloads only when the member taps Reload, and the set that was waiting is sent after it and
 * stored once. The two releases are two real production builds that differ in their version.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../src/cli/web-build.ts';
import { checkScreen, expectHeading, type Harness, startHarness, uniqueEmail, visible } from './harness.ts';
import { logGoodReps, memberWithPlan, serverWorkout } from './training.ts';

const PASSWORD = 'a long and memorable password';
const NEXT_RELEASE = 'next-release-for-the-update-test';

/** The web app built as the release named `release`, into `outDir` (as `npm run build` would). */
async function buildRelease(outDir: string, release: string): Promise<void> {
  const saved = { NODE_ENV: process.env.NODE_ENV, BACKSTRONG_RELEASE: process.env.BACKSTRONG_RELEASE };
  process.env.NODE_ENV = 'production';
  process.env.BACKSTRONG_RELEASE = release;
  try {
    const { build } = await import('vite');
    await build({
      configFile: path.join(PROJECT_ROOT, 'vite.config.ts'),
      logLevel: 'warn',
      mode: 'production',
      build: { outDir, emptyOutDir: true },
    });
  } finally {
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  }
}

async function localSetIds(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const key = Object.keys(localStorage).find((name) => name.startsWith('backstrong.workout.'));
    const workout = key
      ? (JSON.parse(localStorage.getItem(key) ?? 'null') as { id: string; sets: { id: string }[] } | null)
      : null;
    return workout?.sets.map((set) => set.id) ?? [];
  });
}

async function localWorkoutId(page: Page): Promise<string> {
  return page.evaluate(() => {
    const key = Object.keys(localStorage).find((name) => name.startsWith('backstrong.workout.'));
    return (JSON.parse(localStorage.getItem(key ?? '') ?? '{}') as { id?: string }).id ?? '';
  });
}

/** The worker's registration as the page sees it, for a failure's message. */
async function registrationState(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    if (!registration) return 'no registration';
    const state = (worker: ServiceWorker | null) => worker?.state ?? 'none';
    return `installing ${state(registration.installing)}, waiting ${state(registration.waiting)}, active ${state(registration.active)}`;
  });
}

/**
 * Waits for the service worker to take charge of the page. It precaches every file of the build first,
 * which takes much longer while the unit tests keep both cores busy beside this one. A failure says how
 * far the registration got and which of the worker's requests failed, so it can be told from slowness.
 */
async function waitForWorkerInCharge(page: Page, failedRequests: string[]): Promise<void> {
  try {
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
      timeout: 90_000,
    });
  } catch (error) {
    const failed = failedRequests.length > 0 ? failedRequests.join('; ') : 'none';
    throw new Error(
      `The service worker did not take charge: ${await registrationState(page)}; failed requests: ${failed}`,
      { cause: error },
    );
  }
}

async function shownRelease(page: Page): Promise<string> {
  return (await page.getByTestId('app-version').textContent())?.trim() ?? '';
}

describe('a new release while a set waits to be sent', () => {
  let harness: Harness;
  let page: Page;
  let context: BrowserContext;
  let nextBuild: string;
  const failedRequests: string[] = [];

  beforeAll(async () => {
    harness = await startHarness();
    nextBuild = await mkdtemp(path.join(tmpdir(), 'backstrong-next-release-'));
    await buildRelease(nextBuild, NEXT_RELEASE);
    page = await harness.newPage();
    context = page.context();
    context.on('requestfailed', (request) => {
      failedRequests.push(`${request.url()}: ${request.failure()?.errorText ?? 'failed'}`);
    });
    context.on('response', (response) => {
      if (response.status() >= 400) failedRequests.push(`${response.url()}: ${response.status()}`);
    });
  });

  afterAll(async () => {
    await harness?.stop();
    if (nextBuild) await rm(nextBuild, { recursive: true, force: true });
  });

  it('says a new version is ready, reloads only when asked, and then sends the waiting set once', async () => {
    await memberWithPlan(harness, page, {
      email: uniqueEmail('update'),
      password: PASSWORD,
      name: 'Uma Update',
    });
    await page.goto('/account');
    const firstRelease = await shownRelease(page);
    expect(firstRelease).not.toBe(NEXT_RELEASE);
    await waitForWorkerInCharge(page, failedRequests);

    await page.goto('/today');
    await page.getByRole('link', { name: 'Start workout' }).click();
    await page.getByRole('button', { name: '2 out of 10' }).click();
    await expectHeading(page, 'Squat');
    await logGoodReps(page);
    const workoutId = await localWorkoutId(page);
    await expect.poll(async () => (await serverWorkout(harness, context, workoutId)).sets.length).toBe(1);
    await page.getByRole('button', { name: 'Skip rest' }).click();

    // No connection: the next set waits on the phone.
    await context.setOffline(true);
    await logGoodReps(page);
    await visible(page.getByText('1 entry is waiting to be sent.'));

    // Meanwhile a new release is deployed. The connection comes back, but too poor for the set to get
    // through yet: enough for the app to find the new release.
    await harness.redeploy(nextBuild);
    await page.route('**/api/workouts/*/sets/*', (route) => route.abort('internetdisconnected'));
    await context.setOffline(false);
    const banner = page.getByRole('region', { name: 'New version' });
    await visible(banner.getByText('A new version is ready.'));
    await checkScreen(page, 'new-version-ready');
    const worker = await page.request.get('/sw.js');
    expect(worker.headers()['cache-control']).toBe('no-cache');

    // "Not now": the app carries on as it is, and says so again the next time it opens.
    await banner.getByRole('button', { name: 'Not now' }).click();
    await expect.poll(() => banner.count()).toBe(0);
    await page.reload();
    await expectHeading(page, 'Rest, then hip hinge');
    await visible(page.getByText('1 entry is waiting to be sent.'));
    await visible(banner.getByText('A new version is ready.'));
    expect(
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting?.state),
    ).toBe('installed');

    // Reload: the new release runs, and the set still waits on the phone.
    await Promise.all([
      page.waitForEvent('load', { timeout: 30_000 }),
      banner.getByRole('button', { name: 'Reload' }).click(),
    ]);
    await expectHeading(page, 'Rest, then hip hinge');
    await visible(page.getByText('1 entry is waiting to be sent.'));
    expect(await banner.count()).toBe(0);
    expect((await serverWorkout(harness, context, workoutId)).sets).toHaveLength(1);

    // A good connection: the waiting set is sent, and the server has each set once.
    await page.unroute('**/api/workouts/*/sets/*');
    await page.getByText('See what is waiting').click();
    await page.getByRole('button', { name: 'Send now' }).click();
    await page.getByTestId('waiting-count').waitFor({ state: 'detached' });
    const arrived = await serverWorkout(harness, context, workoutId);
    expect(arrived.sets.map((set) => set.id)).toEqual(await localSetIds(page));
    expect(arrived.sets).toHaveLength(2);

    await page.goto('/account');
    expect(await shownRelease(page)).toBe(NEXT_RELEASE);
  }, 180_000);
});
