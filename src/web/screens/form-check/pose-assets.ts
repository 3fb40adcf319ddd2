/**
 * Where the app serves the pose model and TensorFlow.js's WASM files (see src/pose/README.md): from this
 * site only, never another host.
 */
export const POSE_MODEL_URL = '/models/movenet-lightning.json';
export const TFJS_WASM_URL = '/models/tfjs-wasm/';
