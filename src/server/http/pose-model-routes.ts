/**
 * The pose model and TensorFlow.js's WASM binaries for the form check, served from the installed packages
 * so the browser never fetches them from another host. Only the files named here are served: no listing,
 * and nothing from the request's path ever reaches the file system.
 *
 * The paths carry the packages' versions (src/pose/browser/pose-file-urls.ts) and are cached for a year as
 * immutable: a new package version is a new URL, so an upgrade is never stuck behind the cache.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyPluginAsync, FastifyReply } from 'fastify';
import {
  MOVENET_MODEL_URL,
  POSE_FILE_VERSIONS,
  TFJS_WASM_BASE_URL,
} from '../../pose/browser/pose-file-urls.ts';
import {
  installedPoseFileVersions,
  MOVENET_LIGHTNING_JSON,
  TFJS_WASM_DIRECTORY,
} from '../../pose/node/local-files.ts';

const ONE_YEAR_MS = 365 * 24 * 60 * 60 * 1000;

interface ModelFile {
  directory: string;
  name: string;
  /** The URL the web app uses, cached for a year. */
  versionedUrl: string;
}

/** The weight files model.json names (movenet-lightning.bin), each a plain name beside it. */
function weightFiles(modelJson: string): string[] {
  const { weightsManifest } = JSON.parse(readFileSync(modelJson, 'utf8')) as {
    weightsManifest: { paths: string[] }[];
  };
  const names = weightsManifest.flatMap((group) => group.paths);
  for (const name of names) {
    if (path.basename(name) !== name)
      throw new Error(`${modelJson} names a weight file outside its folder: ${name}`);
  }
  return names;
}

function modelFiles(): ModelFile[] {
  const modelDirectory = path.dirname(MOVENET_LIGHTNING_JSON);
  const versionedModelFolder = path.posix.dirname(MOVENET_MODEL_URL);
  const model = [path.basename(MOVENET_LIGHTNING_JSON), ...weightFiles(MOVENET_LIGHTNING_JSON)].map(
    (name) => ({
      directory: modelDirectory,
      name,
      versionedUrl: `${versionedModelFolder}/${name}`,
    }),
  );
  const wasm = readdirSync(TFJS_WASM_DIRECTORY)
    .filter((name) => name.endsWith('.wasm'))
    .map((name) => ({
      directory: TFJS_WASM_DIRECTORY,
      name,
      versionedUrl: `${TFJS_WASM_BASE_URL}${name}`,
    }));
  if (wasm.length === 0) throw new Error(`There are no .wasm files in ${TFJS_WASM_DIRECTORY}`);
  return [...model, ...wasm];
}

/** The web app was built with the versions in its URLs; serving other files under them would lie. */
function assertVersionsInstalled(): void {
  const installed = installedPoseFileVersions();
  if (
    installed.human !== POSE_FILE_VERSIONS.human ||
    installed.tfjsBackendWasm !== POSE_FILE_VERSIONS.tfjsBackendWasm
  ) {
    throw new Error(
      `The pose files' versions in src/pose/browser/pose-file-urls.ts (@vladmandic/human ${POSE_FILE_VERSIONS.human}, ` +
        `@tensorflow/tfjs-backend-wasm ${POSE_FILE_VERSIONS.tfjsBackendWasm}) are not the installed ones ` +
        `(${installed.human}, ${installed.tfjsBackendWasm}): update POSE_FILE_VERSIONS.`,
    );
  }
}

export function poseModelRoutes(): FastifyPluginAsync {
  return async (app) => {
    assertVersionsInstalled();
    const files = modelFiles();
    // serve: false: nothing is served by folder, only the routes below, through reply.sendFile.
    await app.register(fastifyStatic, { root: TFJS_WASM_DIRECTORY, serve: false });
    const hidden = { schema: { hide: true } };
    for (const file of files) {
      app.get(
        file.versionedUrl,
        hidden,
        (_request, reply): FastifyReply =>
          reply.sendFile(file.name, file.directory, { maxAge: ONE_YEAR_MS, immutable: true }),
      );
    }
  };
}
