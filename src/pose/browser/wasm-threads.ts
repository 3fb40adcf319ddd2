/**
 * How many WASM threads the pose model runs on. No imports, so a test or a screen can ask without
 * loading TensorFlow.js.
 */

/** The threaded build starts a pool of 8 workers; XNNPACK may use at most that many. */
export const MAX_WASM_THREADS = 8;

/** One thread per logical core (the thread that calls the model is one of them), within the pool. */
export function defaultWasmThreads(logicalCores: number | undefined): number {
  return Math.min(MAX_WASM_THREADS, Math.max(1, Math.floor(logicalCores ?? 1)));
}
