/**
 * A workout in a basement gym: the connection drops after the first set, the page is reloaded with no
 * connection at all, and when the connection comes back every set reaches the server exactly once, the
 * finish after them. The server's view is read with plain HTTP, outside the browser.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkScreen, expectHeading, type Harness, startHarness, uniqueEmail, visible } from './harness.ts';
import { choosePain, localWorkoutId, logGoodReps, memberWithPlan, serverWorkout } from './training.ts';

const PASSWORD = 'a long and memorable password';

/** The ids of the sets the phone has logged in the workout under way. */
async function localSetIds(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const key = Object.keys(localStorage).find((name) => name.startsWith('backstrong.workout.'));
    const workout = key
      ? (JSON.parse(localStorage.getItem(key) ?? 'null') as { sets: { id: string }[] } | null)
      : null;
    return workout?.sets.map((set) => set.id) ?? [];
  });
}

async function logOneTap(page: Page): Promise<void> {
  await logGoodReps(page, 2);
}

async function skipRest(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Skip rest' }).click();
}

describe('a workout with the connection cut', () => {
  let harness: Harness;
  let page: Page;
  let context: BrowserContext;

  beforeAll(async () => {
    harness = await startHarness();
    page = await harness.newPage();
    context = page.context();
  });

  afterAll(async () => {
    await harness?.stop();
  });

  it('keeps every set through a reload offline, and sends each exactly once when the connection returns', async () => {
    const email = uniqueEmail('basement');
    await memberWithPlan(harness, page, { email, password: PASSWORD, name: 'Bea Basement' });

    await page.goto('/today');
    await visible(page.getByRole('heading', { name: 'Today’s workout' }));
    // The service worker has taken charge and kept the app and the reads the workout needs. It takes
    // charge once it has kept every screen, which takes longer while other tests keep the machine busy.
    const installing = { timeout: 30_000 };
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, installing);
    await page.waitForFunction(
      async () => {
        const kept = await (await caches.open('backstrong-api-v1')).keys();
        const paths = kept.map((request) => new URL(request.url).pathname);
        return ['/api/me', '/api/plan', '/api/workouts/next', '/api/measures'].every((path) =>
          paths.includes(path),
        );
      },
      undefined,
      installing,
    );
    // Every screen is kept, the form check's too, but not its TensorFlow.js: that loads when a form check
    // first opens, rather than 1.6 MB on every phone.
    await page.waitForFunction(
      async () => {
        const kept = await (await caches.open('backstrong-shell-v1')).keys();
        return kept.some((request) => new URL(request.url).pathname.includes('/FormCheckScreen-'));
      },
      undefined,
      installing,
    );
    const shell = await page.evaluate(async () =>
      (await (await caches.open('backstrong-shell-v1')).keys()).map(
        (request) => new URL(request.url).pathname,
      ),
    );
    expect(shell.filter((path) => /\/(browser-runtime|pose-worker|tfjs-wasm-threads)-/.test(path))).toEqual(
      [],
    );

    await page.getByRole('link', { name: 'Start workout' }).click();
    await page.getByRole('button', { name: '2 out of 10' }).click();
    await expectHeading(page, 'Squat');
    await logOneTap(page);
    await skipRest(page);
    const workoutId = await page.evaluate(() => {
      const key = Object.keys(localStorage).find((name) => name.startsWith('backstrong.workout.'));
      return (JSON.parse(localStorage.getItem(key ?? '') ?? '{}') as { id?: string }).id ?? '';
    });
    await expect.poll(async () => (await serverWorkout(harness, context, workoutId)).sets.length).toBe(1);

    // The connection drops: two more sets, one of them not as prescribed.
    await context.setOffline(true);
    await visible(page.getByText('You are offline. What you log is kept on this phone.'));
    await logOneTap(page);
    await skipRest(page);
    await expectHeading(page, 'Hip hinge');
    await page.getByRole('button', { name: 'Something was different' }).click();
    await page.getByRole('button', { name: 'One rep fewer' }).click();
    await choosePain(page, 2);
    await page.getByRole('button', { name: 'Save set 1' }).click();
    await skipRest(page);
    await visible(page.getByText('2 entries are waiting to be sent.'));
    expect((await serverWorkout(harness, context, workoutId)).sets).toHaveLength(1);

    // A reload with no connection: the service worker brings the app back, the phone the workout.
    await page.reload();
    await expectHeading(page, 'Hip hinge');
    await visible(page.getByText('Set 1: 9 good reps, pain 2/10'));
    await visible(page.getByText('2 entries are waiting to be sent.'));
    await page.getByText('See what is waiting').click();
    expect(await page.locator('.outbox__details li').allInnerTexts()).toEqual([
      'Squat, set 2',
      'Hip hinge, set 1',
    ]);
    await logOneTap(page);
    await skipRest(page);
    await visible(page.getByText('3 entries are waiting to be sent.'));
    await checkScreen(page, 'workout-offline');
    expect((await serverWorkout(harness, context, workoutId)).sets).toHaveLength(1);

    // Back online: the outbox sends in order, and each set arrives once.
    await context.setOffline(false);
    await page.getByTestId('waiting-count').waitFor({ state: 'detached' });
    const arrived = await serverWorkout(harness, context, workoutId);
    const ids = await localSetIds(page);
    expect(ids).toHaveLength(4);
    expect(arrived.sets.map((set) => set.id)).toEqual(ids);
    expect(arrived.sets.map((set) => [set.exerciseId, set.reps])).toEqual([
      ['squat', 10],
      ['squat', 10],
      ['hip-hinge', 9],
      ['hip-hinge', 10],
    ]);
  });

  it('sends a set again when its answer is lost, and the server keeps it once', async () => {
    const workoutId = await localWorkoutId(page);
    let dropped = 0;
    // The server stores the set, but the answer never reaches the phone.
    await page.route('**/api/workouts/*/sets/*', async (route) => {
      if (dropped > 0) return route.continue();
      dropped += 1;
      await route.fetch();
      await route.abort('connectionreset');
    });
    await logOneTap(page);
    // "Waiting" shows as soon as the set is kept on the phone, which can be before its send goes out.
    await expect.poll(() => dropped, { timeout: 15_000 }).toBe(1);
    await visible(page.getByText('1 entry is waiting to be sent.'));
    await page.getByText('See what is waiting').click();
    await page.getByRole('button', { name: 'Send now' }).click();
    await page.getByTestId('waiting-count').waitFor({ state: 'detached' });
    await page.unroute('**/api/workouts/*/sets/*');
    const arrived = await serverWorkout(harness, context, workoutId);
    expect(arrived.sets).toHaveLength(5);
    expect(new Set(arrived.sets.map((set) => set.id)).size).toBe(5);
  });

  it('finishes offline: the finish waits behind the sets, and the decisions show once it is sent', async () => {
    const workoutId = await localWorkoutId(page);
    await skipRest(page);
    await context.setOffline(true);
    for (;;) {
      if ((await page.getByRole('heading', { name: 'Finish your workout', level: 1 }).count()) > 0) break;
      if (await page.getByRole('button', { name: 'Skip rest' }).isVisible()) await skipRest(page);
      else await logOneTap(page);
    }
    await page.getByRole('button', { name: /^Hard, and my form held/ }).click();
    await page.getByRole('button', { name: 'Finish workout' }).click();
    await expectHeading(page, 'Workout done');
    await visible(page.getByText(/Your workout is saved on this phone/));
    await checkScreen(page, 'workout-summary-offline');
    expect((await serverWorkout(harness, context, workoutId)).status).toBe('in-progress');

    await context.setOffline(false);
    await visible(page.getByRole('heading', { name: 'What changes next time' }));
    const finished = await serverWorkout(harness, context, workoutId);
    expect(finished.status).toBe('finished');
    expect(finished.sets).toHaveLength(finished.prescription.reduce((sum, item) => sum + item.sets, 0));
    for (const decision of finished.decisions)
      await visible(page.getByText(decision.sentence, { exact: true }));
  });
});
