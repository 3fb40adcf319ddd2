/**
 * What the form check needs from the app as a member's browser sees it (the real built app, Chromium):
 * pages that are cross-origin isolated, online and offline through the service worker, under a content
 * security policy that lets nothing in from elsewhere; the API docs still working under the same headers;
 * and the model and WASM files from the app's own server with a year of caching. Running the pose
 * runtime itself is e2e/pose-production-build.test.ts.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MOVENET_MODEL_URL, TFJS_WASM_BASE_URL } from '../src/pose/browser/pose-file-urls.ts';
import { type Harness, startHarness, visible } from './harness.ts';

const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * What the security headers could break on a page: script errors, and anything the browser refused to
 * load or run because of cross-origin isolation (COEP, CORP, COOP) or the content security policy.
 * Failed API reads while signed out or offline are the app's ordinary business, not counted.
 */
function collectHeaderProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => {
    if (
      message.type() === 'error' &&
      /cross-origin|embedder|opener|resource-policy|content security policy/i.test(message.text())
    )
      problems.push(message.text());
  });
  page.on('requestfailed', (request) => {
    const reason = request.failure()?.errorText ?? '';
    if (/BLOCKED/i.test(reason)) problems.push(`${request.url()}: ${reason}`);
  });
  return problems;
}

function isIsolated(page: Page): Promise<boolean> {
  return page.evaluate(() => self.crossOriginIsolated === true);
}

describe('the app, cross-origin isolated for the form check', () => {
  let harness: Harness;

  beforeAll(async () => {
    harness = await startHarness();
  });

  afterAll(async () => {
    await harness?.stop();
  });

  it('isolates the app’s pages, also when the service worker answers with the network gone', async () => {
    const page = await harness.newPage();
    const problems = collectHeaderProblems(page);
    await page.goto('/sign-in');
    await visible(page.getByRole('heading', { level: 1 }));
    expect(await isIsolated(page)).toBe(true);
    expect(await page.evaluate(() => typeof SharedArrayBuffer)).toBe('function');

    // Once the service worker has kept the app, a page it serves from its copy is isolated too.
    // The worker takes charge once it has kept every screen: slower while other tests keep the machine busy.
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
      timeout: 30_000,
    });
    await page.waitForFunction(
      async () =>
        (await (await caches.open('backstrong-shell-v1')).match('/index.html', { ignoreSearch: true })) !==
        undefined,
    );
    await page.context().setOffline(true);
    await page.reload();
    await visible(page.getByRole('heading', { level: 1 }));
    expect(await page.evaluate(() => navigator.onLine)).toBe(false);
    expect(await isIsolated(page)).toBe(true);
    await page.context().setOffline(false);
    expect(problems).toEqual([]);
  });

  it('gives the page the model and the WASM files from its own server, kept for a year', async () => {
    const page = await harness.newPage();
    await page.goto('/sign-in');
    const answers = await page.evaluate(
      async (urls) =>
        Promise.all(
          urls.map(async (url) => {
            const response = await fetch(url);
            const body = await response.arrayBuffer();
            return {
              url: response.url,
              status: response.status,
              type: response.headers.get('content-type'),
              cache: response.headers.get('cache-control'),
              bytes: body.byteLength,
            };
          }),
        ),
      [
        MOVENET_MODEL_URL,
        MOVENET_MODEL_URL.replace(/[^/]+$/, 'movenet-lightning.bin'),
        `${TFJS_WASM_BASE_URL}tfjs-backend-wasm-threaded-simd.wasm`,
      ],
    );
    expect(answers).toEqual([
      expect.objectContaining({
        status: 200,
        type: expect.stringMatching(/^application\/json/),
        cache: IMMUTABLE,
      }),
      expect.objectContaining({ status: 200, type: 'application/octet-stream', cache: IMMUTABLE }),
      expect.objectContaining({ status: 200, type: 'application/wasm', cache: IMMUTABLE }),
    ]);
    for (const answer of answers) {
      expect(answer.url.startsWith(`${harness.baseUrl}/models/`)).toBe(true);
      expect(answer.bytes).toBeGreaterThan(100_000);
    }
  });

  it('lets no other site’s page load the app’s files (CORP), which the checks here would notice', async () => {
    // A blank page stands in for another site: it has no origin of ours, and no policy of ours.
    const page = await harness.newPage();
    const problems = collectHeaderProblems(page);
    const hasLoaded = await page.evaluate(async (source) => {
      const image = new Image();
      image.src = source;
      return image.decode().then(
        () => true,
        () => false,
      );
    }, `${harness.baseUrl}/icons/icon.svg`);
    expect(hasLoaded).toBe(false);
    expect(problems).toEqual([expect.stringMatching(/icon\.svg: net::ERR_BLOCKED_BY_RESPONSE/)]);
  });

  it('runs no script from elsewhere and no eval on the app’s pages (content security policy)', async () => {
    const page = await harness.newPage();
    const problems = collectHeaderProblems(page);
    await page.goto('/sign-in');
    const elsewhere = harness.baseUrl.replace('127.0.0.1', 'localhost');
    const outcome = await page.evaluate(async (source) => {
      const script = document.createElement('script');
      script.src = source;
      const hasLoaded = await new Promise<boolean>((resolve) => {
        script.onload = () => resolve(true);
        script.onerror = () => resolve(false);
        document.head.append(script);
      });
      let canEval = true;
      try {
        // biome-ignore lint/security/noGlobalEval: the point is that the page refuses it
        eval('1 + 1');
      } catch {
        canEval = false;
      }
      return { hasLoaded, canEval };
    }, `${elsewhere}/sw.js`);
    expect(outcome).toEqual({ hasLoaded: false, canEval: false });
    expect(problems).toEqual([
      expect.stringMatching(/sw\.js' violates the following Content Security Policy/),
    ]);
  });

  it('keeps the API docs working under the same headers', async () => {
    const page = await harness.newPage({ isLaptop: true });
    const problems = collectHeaderProblems(page);
    await page.goto('/api/docs');
    await visible(page.getByRole('heading', { name: /Backstrong API/ }));
    await visible(page.getByText('/api/exercises', { exact: true }).first());
    expect(await isIsolated(page)).toBe(true);
    // The docs page sends Swagger UI's own policy, which refuses one of Swagger UI's inline styles.
    expect(problems.filter((problem) => !problem.includes("'style-src 'self' https:'"))).toEqual([]);
  });
});
