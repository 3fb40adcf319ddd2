/**
 * The browser pose runtime in headless Chromium, for the browser test and `npm run bench:pose`: the page
 * (harness-page.ts) built with Vite into a temporary folder, served with the model and the WASM files
 * straight from node_modules (with COOP/COEP when a run wants threads), and a video played as the fake
 * camera. This machine has no GPU, so the runtime picks WASM, as on a phone without usable WebGL.
 * Development tooling: Node only, never bundled into the app.
 */
import { spawnSync } from 'node:child_process';
import { createReadStream } from 'node:fs';
import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { MOVENET_LIGHTNING_JSON, TFJS_WASM_DIRECTORY } from '../../node/local-files.ts';
import type { PageRunOptions, PageRunResult } from './harness-page.ts';

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--autoplay-policy=no-user-gesture-required',
];
const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.mp4': 'video/mp4',
};
/** Seconds of the camera video looped by the fake camera. */
const CAMERA_SECONDS = 7;

/** URL prefix → folder on disk. */
type Mounts = Record<string, string>;

function serve(mounts: Mounts, isIsolated: boolean): Promise<Server> {
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const prefix = Object.keys(mounts).find((candidate) => url.pathname.startsWith(candidate));
    const file =
      prefix === undefined ? null : path.join(mounts[prefix] as string, url.pathname.slice(prefix.length));
    if (file === null || (await stat(file).catch(() => null))?.isFile() !== true) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, {
      'content-type': CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream',
      // What the app's server must send for WASM threads (SharedArrayBuffer) to be allowed.
      ...(isIsolated
        ? { 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp' }
        : {}),
    });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

async function buildPage(outDir: string): Promise<void> {
  await build({
    configFile: false,
    logLevel: 'error',
    // Served under /app/, where the worker's chunk is looked for too.
    base: '/app/',
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      // tfjs-backend-wasm starts its WASM threads from the source text of a bundled function
      // (Function.prototype.toString); minified, that text names variables the thread does not have.
      minify: false,
      lib: {
        entry: fileURLToPath(new URL('./harness-page.ts', import.meta.url)),
        formats: ['es'],
        fileName: () => 'harness.js',
      },
    },
    worker: { format: 'es' },
  });
  await writeFile(
    path.join(outDir, 'index.html'),
    '<!doctype html><meta charset="utf-8"><title>pose harness</title><script type="module" src="/app/harness.js"></script>',
  );
}

/** A video as the fake camera's .y4m: 30 fps like a phone camera, at a phone preview's size. */
function makeFakeCamera(video: string, file: string): void {
  const result = spawnSync('ffmpeg', [
    ...['-v', 'error', '-y', '-i', video, '-t', String(CAMERA_SECONDS)],
    ...['-vf', 'fps=30,scale=360:-2', '-pix_fmt', 'yuv420p', file],
  ]);
  if (result.status !== 0) throw new Error(`ffmpeg could not make the fake camera: ${result.stderr}`);
}

export type HarnessRun = Pick<PageRunOptions, 'source' | 'isInWorker' | 'wasmThreads' | 'seconds'> & {
  /** Send COOP/COEP, so the page is cross-origin isolated and WASM may use threads. */
  isIsolated: boolean;
  /** For recording mode: a video in the harness's media folder. */
  recording?: string;
};

export interface ChromiumHarness {
  run(options: HarnessRun): Promise<PageRunResult>;
  close(): Promise<void>;
}

/**
 * Builds the page and starts Chromium with `cameraVideo` as the camera. Recordings are served from
 * `mediaDirectory`.
 */
export async function openChromiumHarness(
  cameraVideo: string,
  mediaDirectory: string,
): Promise<ChromiumHarness> {
  const scratch = await mkdtemp(path.join(tmpdir(), 'backstrong-pose-harness-'));
  const appDirectory = path.join(scratch, 'app');
  const camera = path.join(scratch, 'camera.y4m');
  try {
    await buildPage(appDirectory);
    makeFakeCamera(cameraVideo, camera);
  } catch (error) {
    await rm(scratch, { recursive: true, force: true });
    throw error;
  }
  const mounts: Mounts = {
    '/app/': appDirectory,
    '/models/': path.dirname(MOVENET_LIGHTNING_JSON),
    '/wasm/': TFJS_WASM_DIRECTORY,
    '/media/': mediaDirectory,
  };
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      ...CHROMIUM_ARGS,
      '--use-fake-device-for-media-stream',
      '--use-fake-ui-for-media-stream',
      `--use-file-for-fake-video-capture=${camera}`,
    ],
  });
  return {
    async run({ isIsolated, recording, ...pageOptions }) {
      const server = await serve(mounts, isIsolated);
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      try {
        const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
        await page.goto(`${origin}/app/index.html`);
        await page.waitForFunction(() => 'runFormCheck' in globalThis);
        const options: PageRunOptions = {
          ...pageOptions,
          modelUrl: `${origin}/models/${path.basename(MOVENET_LIGHTNING_JSON)}`,
          wasmBaseUrl: `${origin}/wasm/`,
          videoUrl: `${origin}/media/${path.basename(recording ?? '')}`,
        };
        return await page.evaluate(
          (runOptions) =>
            (
              globalThis as unknown as { runFormCheck(o: PageRunOptions): Promise<PageRunResult> }
            ).runFormCheck(runOptions),
          options,
        );
      } catch (error) {
        throw errors.length > 0 ? new Error(`${String(error)}; page errors: ${errors.join('; ')}`) : error;
      } finally {
        await page.close();
        server.close();
      }
    },
    async close() {
      await browser.close();
      await rm(scratch, { recursive: true, force: true });
    },
  };
}
