/**
 * TensorFlow.js in the browser: WebGL when there is a real GPU, otherwise WASM with SIMD, and with one
 * thread per core when the page is cross-origin isolated (the server sends COOP and COEP for that). A
 * software WebGL (SwiftShader, llvmpipe: what a machine without a GPU offers) is slower than WASM, so it
 * is skipped.
 */
import '@tensorflow/tfjs-backend-webgl';
import { getThreadsCount, setThreadsCount, setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import * as tf from '@tensorflow/tfjs-core';
import { defaultWasmThreads, MAX_WASM_THREADS } from './wasm-threads.ts';

export type BrowserBackendName = 'webgl' | 'wasm';

export interface BrowserBackendOptions {
  /**
   * Where the app serves tfjs-backend-wasm's .wasm files (from node_modules/@tensorflow/tfjs-backend-wasm/
   * dist), ending in a slash: TFJS_WASM_BASE_URL (pose-file-urls.ts). Never an outside host.
   */
  wasmBaseUrl: string;
  /** Backends to try in order; the default is WebGL, then WASM. */
  backends?: readonly BrowserBackendName[];
  /**
   * WASM threads when the page is cross-origin isolated: by default one per logical core (the calling
   * thread counts as one), at most MAX_WASM_THREADS. 1 loads the single-threaded build, which is also
   * what a minified bundle needs: the threaded build starts its threads from a function's source text,
   * and minifiers rename what that text refers to.
   */
  wasmThreads?: number;
}

export interface BrowserBackend {
  name: BrowserBackendName;
  /** WASM only: SIMD instructions, and how many threads run the model. */
  hasSimd: boolean;
  threads: number;
}

const SOFTWARE_RENDERERS = /swiftshader|llvmpipe|software/i;

/**
 * Runs `start` while navigator.hardwareConcurrency reads twice `threads`. tfjs-backend-wasm 4.22 quietly
 * caps any setThreadsCount at half the logical cores (it reads them through
 * emscripten_num_logical_cores, which is navigator.hardwareConcurrency), written for desktops whose cores
 * count twice with hyper-threading; on a phone or a 2-core laptop that halves the speed. The count is
 * only read while the backend starts, so the real one is back as soon as it has.
 */
async function withCoresReadAs<T>(threads: number, start: () => Promise<T>): Promise<T> {
  const shown = 2 * threads;
  if (navigator.hardwareConcurrency >= shown) return start();
  Object.defineProperty(navigator, 'hardwareConcurrency', { value: shown, configurable: true });
  try {
    return await start();
  } finally {
    // The own property shadowed the prototype's getter; without it the real count reads again.
    Reflect.deleteProperty(navigator, 'hardwareConcurrency');
  }
}

/** True when WebGL is there but drawn by the CPU. */
function isSoftwareWebGl(): boolean {
  try {
    const canvas =
      typeof OffscreenCanvas === 'undefined' ? document.createElement('canvas') : new OffscreenCanvas(1, 1);
    const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
    if (gl === null) return true;
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const renderer = String(gl.getParameter(info === null ? gl.RENDERER : info.UNMASKED_RENDERER_WEBGL));
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return SOFTWARE_RENDERERS.test(renderer);
  } catch {
    return true;
  }
}

async function tryBackend(name: BrowserBackendName, wasmThreads: number): Promise<boolean> {
  if (name === 'webgl' && isSoftwareWebGl()) return false;
  try {
    if (name === 'webgl') return await tf.setBackend(name);
    // setBackend is where the WASM backend starts its thread pool.
    return await withCoresReadAs(wasmThreads, () => tf.setBackend(name));
  } catch {
    return false;
  }
}

export async function startBrowserBackend(options: BrowserBackendOptions): Promise<BrowserBackend> {
  setWasmPaths(options.wasmBaseUrl);
  const wasmThreads = options.wasmThreads ?? defaultWasmThreads(navigator.hardwareConcurrency);
  if (wasmThreads === 1) tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
  else setThreadsCount(Math.min(wasmThreads, MAX_WASM_THREADS));
  for (const name of options.backends ?? ['webgl', 'wasm']) {
    if (!(await tryBackend(name, Math.min(wasmThreads, MAX_WASM_THREADS)))) continue;
    await tf.ready();
    if (name === 'webgl') return { name, hasSimd: false, threads: 0 };
    return {
      name,
      hasSimd: (await tf.env().getAsync('WASM_HAS_SIMD_SUPPORT')) === true,
      threads: getThreadsCount(),
    };
  }
  throw new Error('This browser can run neither WebGL nor WebAssembly, which the form check needs');
}
