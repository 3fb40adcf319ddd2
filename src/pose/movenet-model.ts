/**
 * MoveNet SinglePose Lightning behind a small interface: a square RGB image in, 17 keypoints out, each
 * as (y, x, score) with y and x as fractions of the input. The only file of the shared core that touches
 * TensorFlow.js; the backend (WebGL, WASM) is chosen by the runtime that loads the model.
 */

import type { GraphModel } from '@tensorflow/tfjs-converter';
import * as tf from '@tensorflow/tfjs-core';

/** The input side of MoveNet Lightning; Thunder would be 256. */
export const MOVENET_LIGHTNING_INPUT_SIZE = 192;

export interface PoseModel {
  /** Pixels per side of the square input. */
  readonly inputSize: number;
  /**
   * Runs the model on `inputSize`² RGB pixels (0–255, row after row) and gives (y, x, score) per keypoint
   * in MoveNet's order. Every tensor it makes is disposed before it resolves.
   */
  run(rgb: Int32Array): Promise<Float32Array>;
  dispose(): void;
}

export function createMoveNetModel(
  graphModel: GraphModel,
  inputSize = MOVENET_LIGHTNING_INPUT_SIZE,
): PoseModel {
  const shape: [number, number, number, number] = [1, inputSize, inputSize, 3];
  return {
    inputSize,
    async run(rgb) {
      const output = tf.tidy(() => graphModel.execute(tf.tensor4d(rgb, shape, 'int32')) as tf.Tensor);
      try {
        // data(), not dataSync(): on WebGL it waits for the GPU without blocking the page.
        return (await output.data()) as Float32Array;
      } finally {
        output.dispose();
      }
    },
    dispose() {
      graphModel.dispose();
    },
  };
}

/** A first run compiles kernels and sizes buffers, so the first real frame is not slow. */
export async function warmUp(model: PoseModel): Promise<void> {
  await model.run(new Int32Array(model.inputSize * model.inputSize * 3));
}
