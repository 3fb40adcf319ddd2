/**
 * TensorFlow.js in Node runs on the WASM backend (SIMD; no threads in Node, so the CLI uses one worker
 * thread per core instead). The binaries are read from the installed package.
 */
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import * as tf from '@tensorflow/tfjs-core';
import { TFJS_WASM_DIRECTORY } from './local-files.ts';

export async function startWasmBackend(): Promise<void> {
  if (tf.getBackend() === 'wasm') return;
  setWasmPaths(TFJS_WASM_DIRECTORY);
  if (!(await tf.setBackend('wasm'))) throw new Error('TensorFlow.js could not start its WASM backend');
  await tf.ready();
}
