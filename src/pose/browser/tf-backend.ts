/**
 * TensorFlow.js in the browser: WebGL when there is a real GPU, otherwise WASM with SIMD, and with
 * threads when the page is cross-origin isolated (the server sends COOP and COEP for that). A software
 * WebGL (SwiftShader, llvmpipe: what a machine without a GPU offers) is slower than WASM, so it is skipped.
 */
import '@tensorflow/tfjs-backend-webgl';
import { getThreadsCount, setThreadsCount, setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import * as tf from '@tensorflow/tfjs-core';

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
   * WASM threads when the page is cross-origin isolated. By default TensorFlow.js's choice: half the
   * logical cores, at most 4, leaving the rest to the page and the camera (4.22 caps any larger request
   * there, tensorflow/tfjs#6081, so a 2-core laptop runs one thread). 1 loads the single-threaded build,
   * which is also what a minified bundle needs: the threaded build starts its threads from a function's
   * source text, and minifiers rename what that text refers to.
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

async function tryBackend(name: BrowserBackendName): Promise<boolean> {
  if (name === 'webgl' && isSoftwareWebGl()) return false;
  try {
    return await tf.setBackend(name);
  } catch {
    return false;
  }
}

export async function startBrowserBackend(options: BrowserBackendOptions): Promise<BrowserBackend> {
  setWasmPaths(options.wasmBaseUrl);
  if (options.wasmThreads === 1) tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
  else if (options.wasmThreads !== undefined) setThreadsCount(options.wasmThreads);
  for (const name of options.backends ?? ['webgl', 'wasm']) {
    if (!(await tryBackend(name))) continue;
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
