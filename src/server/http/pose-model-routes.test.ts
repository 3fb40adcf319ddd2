/**
 * The pose model and the WASM files as the browser gets them: only the named files, the right types, a
 * year of caching under versioned URLs; and the cross-origin
 * isolation headers and the content security policy on every kind of answer.
 */
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  MOVENET_MODEL_URL,
  POSE_FILE_URLS,
  POSE_FILE_VERSIONS,
  TFJS_WASM_BASE_URL,
} from '../../pose/browser/pose-file-urls.ts';
import {
  installedPoseFileVersions,
  MOVENET_LIGHTNING_JSON,
  TFJS_WASM_DIRECTORY,
} from '../../pose/node/local-files.ts';
import { startTestServer, type TestServer } from '../testing/test-server.ts';
import { CONTENT_SECURITY_POLICY } from './content-security-policy.ts';

const IMMUTABLE = 'public, max-age=31536000, immutable';
const MODEL_FOLDER = path.dirname(MOVENET_LIGHTNING_JSON);
const WASM_FILES = [
  'tfjs-backend-wasm.wasm',
  'tfjs-backend-wasm-simd.wasm',
  'tfjs-backend-wasm-threaded-simd.wasm',
];

let server: TestServer;
let webRoot: string;

beforeAll(async () => {
  // A stand-in for the built web app: the page and one hashed asset.
  webRoot = await mkdtemp(path.join(tmpdir(), 'backstrong-web-'));
  await mkdir(path.join(webRoot, 'assets'));
  await writeFile(path.join(webRoot, 'index.html'), '<!doctype html><title>Backstrong</title>');
  await writeFile(path.join(webRoot, 'assets', 'index-Abc12345.js'), 'console.log("app");');
  server = await startTestServer({ webRoot });
});

afterAll(async () => {
  await server?.close();
  await rm(webRoot, { recursive: true, force: true });
});

function get(url: string, headers: Record<string, string> = {}) {
  return server.app.inject({ method: 'GET', url, headers });
}

describe('the URLs the web app uses', () => {
  it('name the installed packages’ versions', () => {
    expect(installedPoseFileVersions()).toEqual(POSE_FILE_VERSIONS);
    expect(POSE_FILE_URLS).toEqual({
      modelUrl: `/models/human-${POSE_FILE_VERSIONS.human}/movenet-lightning.json`,
      wasmBaseUrl: `/models/tfjs-wasm-${POSE_FILE_VERSIONS.tfjsBackendWasm}/`,
    });
  });
});

describe('the pose model', () => {
  it('serves model.json as JSON, kept for a year, byte for byte the installed file', async () => {
    const response = await get(MOVENET_MODEL_URL);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^application\/json\b/);
    expect(response.headers['cache-control']).toBe(IMMUTABLE);
    expect(response.body).toBe(await readFile(MOVENET_LIGHTNING_JSON, 'utf8'));
    expect(response.json().weightsManifest[0].paths).toEqual(['movenet-lightning.bin']);
  });

  it('serves the weights beside it, where model.json points', async () => {
    const url = MOVENET_MODEL_URL.replace(/[^/]+$/, 'movenet-lightning.bin');
    const response = await get(url);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/octet-stream');
    expect(response.headers['cache-control']).toBe(IMMUTABLE);
    expect(response.rawPayload.length).toBe(
      (await stat(path.join(MODEL_FOLDER, 'movenet-lightning.bin'))).size,
    );
  });

  it('answers HEAD with the headers and no body', async () => {
    const response = await server.app.inject({ method: 'HEAD', url: MOVENET_MODEL_URL });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^application\/json\b/);
    expect(response.body).toBe('');
  });
});

describe('the WASM binaries', () => {
  it.each(WASM_FILES)('serves %s as application/wasm, kept for a year', async (name) => {
    const response = await get(`${TFJS_WASM_BASE_URL}${name}`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/wasm');
    expect(response.headers['cache-control']).toBe(IMMUTABLE);
    expect(response.rawPayload.equals(await readFile(path.join(TFJS_WASM_DIRECTORY, name)))).toBe(true);
  });
});

describe('nothing else', () => {
  it.each([
    '/models/movenet-lightning.json',
    '/models/tfjs-wasm/tfjs-backend-wasm-threaded-simd.wasm',
    '/models/human-3.3.6/movenet-thunder.json',
    `/models/human-${POSE_FILE_VERSIONS.human}/package.json`,
    '/models/human-0.0.1/movenet-lightning.json',
    `${TFJS_WASM_BASE_URL}tf-backend-wasm.js`,
    `${TFJS_WASM_BASE_URL}index.js`,
    '/models/tfjs-wasm/tfjs-backend-wasm-threaded-simd.worker.js',
    '/models/blazepose.json',
  ])('answers 404 for another file: %s', async (url) => {
    const response = await get(url);
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  });

  it.each([
    '/models',
    '/models/',
    `/models/human-${POSE_FILE_VERSIONS.human}/`,
    TFJS_WASM_BASE_URL,
    '/models/tfjs-wasm/',
  ])('lists no folder, and does not hand it to the web app either: %s', async (url) => {
    const response = await get(url);
    expect(response.statusCode).toBe(404);
    expect(response.body).not.toContain('<title>Backstrong</title>');
    expect(response.body).not.toContain('.wasm');
  });

  it.each([
    `/models/human-${POSE_FILE_VERSIONS.human}/../../package.json`,
    `/models/human-${POSE_FILE_VERSIONS.human}/..%2F..%2Fpackage.json`,
    `/models/human-${POSE_FILE_VERSIONS.human}/%2e%2e/%2e%2e/package.json`,
    `${TFJS_WASM_BASE_URL}..%2Fpackage.json`,
    '/models/tfjs-wasm/..%2f..%2f..%2f..%2fpackage.json',
    '/models/%2e%2e/%2e%2e/%2e%2e/package.json',
    '/models/movenet-lightning.json/../../../../package.json',
  ])('never leaves the files it names: %s', async (url) => {
    const response = await get(url);
    expect([400, 403, 404]).toContain(response.statusCode);
    expect(response.body).not.toMatch(
      /"name":\s*"(@vladmandic\/human|@tensorflow\/tfjs-backend-wasm|backstrong)"/,
    );
  });
});

describe('cross-origin isolation and the content security policy', () => {
  const ISOLATED = {
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-embedder-policy': 'require-corp',
    'cross-origin-resource-policy': 'same-origin',
  };

  it.each([
    ['a page of the web app', '/today', 200],
    ['the start page', '/', 200],
    ['a hashed asset', '/assets/index-Abc12345.js', 200],
    ['the model', MOVENET_MODEL_URL, 200],
    ['a WASM file', `${TFJS_WASM_BASE_URL}tfjs-backend-wasm-simd.wasm`, 200],
    ['an API read', '/api/exercises', 200],
    ['an API read refused', '/api/plan', 401],
    ['the API docs', '/api/docs/', 200],
    ['the OpenAPI document', '/api/openapi.json', 200],
    ['a probe', '/healthz', 200],
    ['a missing file', '/nothing-here.txt', 404],
  ])('is on %s (%s)', async (_what, url, status) => {
    const response = await get(url);
    expect(response.statusCode).toBe(status);
    expect(response.headers).toMatchObject(ISOLATED);
  });

  it('comes with the app’s content security policy, but the API docs keep Swagger UI’s own', async () => {
    for (const url of ['/today', '/assets/index-Abc12345.js', MOVENET_MODEL_URL, '/api/exercises']) {
      expect((await get(url)).headers['content-security-policy'], url).toBe(CONTENT_SECURITY_POLICY);
    }
    expect(CONTENT_SECURITY_POLICY).toMatch(/script-src 'self' 'wasm-unsafe-eval' blob:;/);
    const docs = (await get('/api/docs/')).headers['content-security-policy'];
    expect(docs).toMatch(/script-src-attr 'none'/);
    expect(docs).not.toBe(CONTENT_SECURITY_POLICY);
  });

  it('is on an answer to bad input too', async () => {
    const response = await server.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in/email',
      headers: { 'content-type': 'application/json' },
      payload: '{"email": ',
    });
    expect(response.statusCode).toBe(400);
    expect(response.headers).toMatchObject(ISOLATED);
  });
});
