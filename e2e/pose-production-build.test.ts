/**
 * The pose runtime as the production build ships it: a small page (pose-probe/) built with the app's own
 * vite.config.ts, served by the app's server with the model and the WASM files under the URLs of
 * src/pose/browser/pose-file-urls.ts, in Chromium. The threaded WASM build must run there, on the page
 * and in the pose worker, although everything around it is minified.
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../src/cli/web-build.ts';
import { MOVENET_MODEL_URL, TFJS_WASM_BASE_URL } from '../src/pose/browser/pose-file-urls.ts';
import { defaultWasmThreads } from '../src/pose/browser/wasm-threads.ts';
import { hasMedia, SQUATS_VIDEO } from '../src/pose/node/media.test-support.ts';
import { startTestServer, type TestServer } from '../src/server/testing/test-server.ts';
import type { ProbeOptions, ProbeResult } from './pose-probe/probe.ts';

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'];
/** The text only the threaded WASM glue has, as Emscripten wrote it. */
const THREADED_GLUE = 'typeof _scriptDir';

describe.skipIf(!hasMedia(SQUATS_VIDEO))(
  'the pose runtime in the production build (needs ../shared/media/pose_squats.mp4)',
  () => {
    let outDir: string;
    let server: TestServer;
    let browser: Browser;
    let origin: string;

    beforeAll(async () => {
      outDir = await mkdtemp(path.join(tmpdir(), 'backstrong-pose-probe-'));
      await build({
        configFile: path.join(PROJECT_ROOT, 'vite.config.ts'),
        root: path.join(PROJECT_ROOT, 'e2e/pose-probe'),
        publicDir: false,
        mode: 'production',
        logLevel: 'warn',
        build: { outDir, emptyOutDir: true },
      });
      // A person to find: one frame of the squat video, standing (the server lists its files at start).
      const frame = spawnSync('ffmpeg', [
        '-v',
        'error',
        '-ss',
        '0.5',
        '-i',
        SQUATS_VIDEO,
        '-frames:v',
        '1',
        path.join(outDir, 'person.png'),
      ]);
      if (frame.status !== 0) throw new Error(`ffmpeg could not take a frame: ${frame.stderr}`);
      server = await startTestServer({ webRoot: outDir });
      await server.app.listen({ port: 0, host: '127.0.0.1' });
      origin = `http://127.0.0.1:${(server.app.server.address() as AddressInfo).port}`;
      browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
    }, 120_000);

    afterAll(async () => {
      await browser?.close();
      await server?.close();
      if (outDir) await rm(outDir, { recursive: true, force: true });
    });

    async function builtScripts(): Promise<{ name: string; code: string }[]> {
      const names = (await readdir(path.join(outDir, 'assets'))).filter((name) => name.endsWith('.js'));
      return Promise.all(
        names.map(async (name) => ({
          name,
          code: await readFile(path.join(outDir, 'assets', name), 'utf8'),
        })),
      );
    }

    it('leaves only the threaded WASM glue unminified, in a chunk of its own that loads on demand', async () => {
      const scripts = await builtScripts();
      const glue = scripts.filter((script) => script.code.includes(THREADED_GLUE));
      // One chunk, which the page's TensorFlow.js and the pose worker's both import.
      expect(glue.map((script) => script.name.replace(/-[\w-]{8}\.js$/, ''))).toEqual(['tfjs-wasm-threads']);
      for (const script of glue) expect(script.code.length).toBeLessThan(80_000);
      // Rolldown indents what it does not minify with tabs; the minifier leaves no indentation.
      const indented = (code: string) => code.match(/^\t+\S/gm)?.length ?? 0;
      expect(indented(glue[0]?.code ?? '')).toBeGreaterThan(1000);
      for (const script of scripts.filter((candidate) => !glue.includes(candidate))) {
        expect(indented(script.code), `${script.name} is minified`).toBe(0);
      }

      const html = await readFile(path.join(outDir, 'index.html'), 'utf8');
      const entryName = /src="\/assets\/([^"]+\.js)"/.exec(html)?.[1];
      const entry = scripts.find((script) => script.name === entryName);
      expect(entry?.code.length).toBeLessThan(5_000);
      expect(entry?.code).not.toContain('WEBGL_VERSION');
    });

    it.each([
      ['on the page', false],
      ['in the pose worker', true],
    ])(
      'runs MoveNet on threaded WASM with SIMD %s, from the served files',
      async (_where, isInWorker) => {
        const page = await browser.newPage();
        const problems: string[] = [];
        page.on('pageerror', (error) => problems.push(error.message));
        page.on('console', (message) => {
          if (message.type() === 'error') problems.push(message.text());
        });
        const requested: string[] = [];
        page.on('request', (request) => requested.push(request.url()));
        try {
          // Any path of the app but the public site's homepage, which the server renders itself.
          await page.goto(`${origin}/probe`);
          await page.waitForFunction(() => 'findPose' in globalThis);
          const options: ProbeOptions = { isInWorker, imageUrl: '/person.png' };
          const result = await page.evaluate(
            (probe) =>
              (globalThis as unknown as { findPose(o: ProbeOptions): Promise<ProbeResult> }).findPose(probe),
            options,
          );
          expect(result).toMatchObject({
            isCrossOriginIsolated: true,
            backend: 'wasm',
            hasSimd: true,
            keypoints: 17,
          });
          // One thread per core, read back from the backend: the minified build really starts them.
          expect(result.threads).toBe(defaultWasmThreads(availableParallelism()));
          if (availableParallelism() > 1) expect(result.threads).toBeGreaterThan(1);
          expect(requested).toContain(`${origin}${TFJS_WASM_BASE_URL}tfjs-backend-wasm-threaded-simd.wasm`);
          expect(requested).toContain(`${origin}${MOVENET_MODEL_URL}`);
          expect(result.score).toBeGreaterThan(0.5);
          expect(problems).toEqual([]);
          expect(
            requested.filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith('blob:')),
          ).toEqual([]);
        } finally {
          await page.close();
        }
      },
      60_000,
    );
  },
);
