import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig, minify, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { CROSS_ORIGIN_ISOLATION_HEADERS } from './src/server/http/cross-origin-isolation.ts';

/** The JavaScript a phone downloads before "Today" is interactive must stay under this (gzipped). */
const INITIAL_JS_BUDGET_KB = 105;

/**
 * Prints the gzipped size of the entry chunk plus everything it imports statically: what the browser
 * must download before the app runs. Screens loaded on demand are not in it.
 */
function initialJavaScriptSize(): Plugin {
  return {
    name: 'backstrong-initial-js-size',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((item) => item.type === 'chunk');
      const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
      const entry = chunks.find((chunk) => chunk.isEntry);
      if (!entry) return;
      const seen = new Set<string>();
      const queue = [entry.fileName];
      while (queue.length > 0) {
        const name = queue.pop() as string;
        if (seen.has(name)) continue;
        seen.add(name);
        queue.push(...(byName.get(name)?.imports ?? []));
      }
      const bytes = [...seen].reduce((sum, name) => sum + gzipSync(byName.get(name)?.code ?? '').length, 0);
      const kilobytes = bytes / 1024;
      const verdict = kilobytes <= INITIAL_JS_BUDGET_KB ? 'within' : 'OVER';
      this.info(
        `initial JavaScript: ${kilobytes.toFixed(1)} KB gzipped in ${seen.size} files (${verdict} the ${INITIAL_JS_BUDGET_KB} KB budget)`,
      );
    },
  };
}

/**
 * tfjs-backend-wasm's threaded build (Emscripten's glue). It starts its WASM threads from its own source
 * text (Function.prototype.toString), which must still make sense on its own inside a worker; a minifier
 * renames what that text refers to, and the threads fail ("e is not defined").
 */
const WASM_THREADS_MODULE =
  /[\\/]@tensorflow[\\/]tfjs-backend-wasm[\\/]wasm-out[\\/]tfjs-backend-wasm-threaded-simd\.js$/;

/** The threaded glue in a chunk of its own (66 KB, 13 KB gzipped), the only one left unminified. */
const WASM_THREADS_CHUNK = {
  groups: [{ name: 'tfjs-wasm-threads', test: WASM_THREADS_MODULE, priority: 1 }],
};

/**
 * Minifies every chunk but the one holding the threaded WASM glue (build.minify is off for that, since
 * Rolldown minifies a whole output or nothing).
 */
function minifyAllButWasmThreads(): Plugin {
  return {
    name: 'backstrong-minify-all-but-wasm-threads',
    apply: 'build',
    renderChunk: {
      order: 'post',
      async handler(code, chunk) {
        if (chunk.moduleIds.some((id) => WASM_THREADS_MODULE.test(id))) return null;
        const result = await minify(chunk.fileName, code, { module: true, sourcemap: true });
        if (result.errors.length > 0) {
          this.error(`Could not minify ${chunk.fileName}: ${result.errors.map((e) => e.message).join('; ')}`);
        }
        return { code: result.code, map: result.map ?? null };
      },
    },
  };
}

/**
 * The release the app says it is (Account → Your details): BACKSTRONG_RELEASE at build time, e.g. a commit,
 * or package.json's version.
 */
const PACKAGE = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  version: string;
};
const RELEASE = process.env.BACKSTRONG_RELEASE || PACKAGE.version;

/**
 * Files the service worker leaves out of its install: the form check's TensorFlow.js (1.6 MB before
 * compression, page and worker copies), which loads when a form check first opens and is kept then. A
 * workout offline does not need it, so not every phone downloads it at install.
 */
const ON_DEMAND_FILES = ['browser-runtime-*.js', 'pose-worker-*.js', 'tfjs-wasm-threads-*.js'];

/**
 * The service worker (src/web/offline/sw.ts), built to /sw.js with the list of files to keep from this
 * build. Our own manifest.webmanifest stays as it is; main.tsx registers the worker itself.
 */
function serviceWorker() {
  return VitePWA({
    strategies: 'injectManifest',
    // Absolute, so a build from another root with this config (e2e/pose-probe) finds it too.
    srcDir: fileURLToPath(new URL('./src/web/offline', import.meta.url)),
    filename: 'sw.ts',
    registerType: 'prompt',
    injectRegister: false,
    manifest: false,
    injectManifest: {
      globPatterns: ['**/*.{js,css,html}'],
      globIgnores: ON_DEMAND_FILES.map((pattern) => `assets/${pattern}`),
      // build.minify is off for the app (minifyAllButWasmThreads); the worker has no such chunk.
      minify: true,
    },
  });
}

// The web app lives in src/web and is built to dist/web, which the Fastify server serves in production.
// In development (`npm run dev:web`) Vite proxies the API to a server started with `npm start`.
export default defineConfig({
  root: 'src/web',
  publicDir: 'public',
  plugins: [react(), minifyAllButWasmThreads(), initialJavaScriptSize(), serviceWorker()],
  define: { 'import.meta.env.BACKSTRONG_RELEASE': JSON.stringify(RELEASE) },
  build: {
    outDir: '../../dist/web',
    emptyOutDir: true,
    target: 'es2022',
    reportCompressedSize: true,
    sourcemap: true,
    // Minified chunk by chunk instead (minifyAllButWasmThreads); Rolldown's own pass would reprint every
    // chunk, so it is off too.
    minify: false,
    cssMinify: 'lightningcss',
    rolldownOptions: { output: { minify: false, codeSplitting: WASM_THREADS_CHUNK } },
  },
  // The pose worker (src/pose/browser/pose-worker.ts) is a module worker, split and minified like the app.
  worker: {
    format: 'es',
    plugins: () => [minifyAllButWasmThreads()],
    rolldownOptions: { output: { minify: false, codeSplitting: WASM_THREADS_CHUNK } },
  },
  server: {
    // As the real server answers, so the form check may use WASM threads in development too.
    headers: CROSS_ORIGIN_ISOLATION_HEADERS,
    proxy: {
      '/api': 'http://localhost:3000',
      '/models': 'http://localhost:3000',
      '/healthz': 'http://localhost:3000',
      '/readyz': 'http://localhost:3000',
    },
  },
});
