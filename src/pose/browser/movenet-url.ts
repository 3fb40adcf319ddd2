/** Loads MoveNet from the app's own server (model.json and its weights beside it), when a form check starts. */
import { loadGraphModel } from '@tensorflow/tfjs-converter';
import { createMoveNetModel, type PoseModel } from '../movenet-model.ts';

export async function loadMoveNetFromUrl(modelUrl: string): Promise<PoseModel> {
  return createMoveNetModel(await loadGraphModel(modelUrl));
}
