/**
 * Where the model and the WASM binaries are on disk: inside installed packages, never fetched. Found by
 * resolving the packages, so it works from any working directory.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);

/** @vladmandic/human's folder; its "exports" list no package.json or models/, so it is found from its main file. */
const HUMAN_DIRECTORY = path.join(path.dirname(require.resolve('@vladmandic/human')), '..');

/** MoveNet SinglePose Lightning as a TensorFlow.js graph model (shipped in @vladmandic/human). */
export const MOVENET_LIGHTNING_JSON = path.join(HUMAN_DIRECTORY, 'models', 'movenet-lightning.json');

/** The folder holding tfjs-backend-wasm*.wasm; the backend's setWasmPaths wants a trailing slash. */
export const TFJS_WASM_DIRECTORY = `${path.dirname(require.resolve('@tensorflow/tfjs-backend-wasm'))}${path.sep}`;

function packageVersion(packageJson: string): string {
  const { version } = JSON.parse(readFileSync(packageJson, 'utf8')) as { version?: unknown };
  if (typeof version !== 'string') throw new Error(`${packageJson} names no version`);
  return version;
}

/** The installed versions of the packages these files come from. */
export function installedPoseFileVersions(): { human: string; tfjsBackendWasm: string } {
  return {
    human: packageVersion(path.join(HUMAN_DIRECTORY, 'package.json')),
    tfjsBackendWasm: packageVersion(require.resolve('@tensorflow/tfjs-backend-wasm/package.json')),
  };
}
