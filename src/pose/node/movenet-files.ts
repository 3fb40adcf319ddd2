/**
 * Loads the MoveNet graph model from its files on disk (model.json and its weight shards), through
 * tf.io.fromMemory, so nothing goes over the network.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { loadGraphModel } from '@tensorflow/tfjs-converter';
import * as tf from '@tensorflow/tfjs-core';
import { createMoveNetModel, type PoseModel } from '../movenet-model.ts';
import { MOVENET_LIGHTNING_JSON } from './local-files.ts';

interface ModelJson {
  modelTopology: object;
  weightsManifest: { paths: string[]; weights: tf.io.WeightsManifestEntry[] }[];
}

export async function loadMoveNetFromFiles(jsonPath = MOVENET_LIGHTNING_JSON): Promise<PoseModel> {
  const json = JSON.parse(await readFile(jsonPath, 'utf8')) as ModelJson;
  const directory = path.dirname(jsonPath);
  const weightSpecs = json.weightsManifest.flatMap((group) => group.weights);
  const shards = await Promise.all(
    json.weightsManifest
      .flatMap((group) => group.paths)
      .map((shard) => readFile(path.join(directory, shard))),
  );
  const weights = Buffer.concat(shards);
  const weightData = weights.buffer.slice(weights.byteOffset, weights.byteOffset + weights.byteLength);
  const graphModel = await loadGraphModel(
    tf.io.fromMemory({ modelTopology: json.modelTopology, weightSpecs, weightData }),
  );
  return createMoveNetModel(graphModel);
}
