/**
 * Where the model and the WASM binaries are on disk: inside installed packages, never fetched. Found by
 * resolving the packages, so it works from any working directory.
 */
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);

/** MoveNet SinglePose Lightning as a TensorFlow.js graph model (shipped in @vladmandic/human). */
export const MOVENET_LIGHTNING_JSON = path.join(
  path.dirname(require.resolve('@vladmandic/human')),
  '..',
  'models',
  'movenet-lightning.json',
);

/** The folder holding tfjs-backend-wasm*.wasm; the backend's setWasmPaths wants a trailing slash. */
export const TFJS_WASM_DIRECTORY = `${path.dirname(require.resolve('@tensorflow/tfjs-backend-wasm'))}${path.sep}`;
