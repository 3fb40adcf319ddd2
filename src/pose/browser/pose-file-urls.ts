/**
 * Where the web app finds the pose model and TensorFlow.js's WASM binaries: on its own server
 * (src/server/http/pose-model-routes.ts), never on another host.
 *
 * The paths carry the versions of the packages the files come from, so browsers may keep them for a year
 * without asking again (which also lets a form check start offline), and an upgrade still reaches every
 * phone at once: a new version is a new URL. The server refuses to start when these versions are not the
 * installed ones, so bump them together with the packages.
 *
 * No imports on purpose: a screen can take these URLs without pulling TensorFlow.js into its chunk.
 */
export const POSE_FILE_VERSIONS = {
  /** @vladmandic/human, which ships MoveNet Lightning as a TensorFlow.js graph model. */
  human: '3.3.6',
  /** @tensorflow/tfjs-backend-wasm, whose .wasm files must match its JavaScript. */
  tfjsBackendWasm: '4.22.0',
} as const;

/** MoveNet Lightning's model.json; its weights (movenet-lightning.bin) sit beside it. */
export const MOVENET_MODEL_URL = `/models/human-${POSE_FILE_VERSIONS.human}/movenet-lightning.json`;

/** The folder of tfjs-backend-wasm's .wasm files, with the trailing slash setWasmPaths wants. */
export const TFJS_WASM_BASE_URL = `/models/tfjs-wasm-${POSE_FILE_VERSIONS.tfjsBackendWasm}/`;

/** Both, as startBrowserPoseRuntime and startWorkerPoseDetector take them. */
export const POSE_FILE_URLS = { modelUrl: MOVENET_MODEL_URL, wasmBaseUrl: TFJS_WASM_BASE_URL } as const;
