import { gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

/** The JavaScript a phone downloads before "Today" is interactive must stay under this (gzipped). */
const INITIAL_JS_BUDGET_KB = 150;

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

// The web app lives in src/web and is built to dist/web, which the Fastify server serves in production.
// In development (`npm run dev:web`) Vite proxies the API to a server started with `npm start`.
export default defineConfig({
  root: 'src/web',
  publicDir: 'public',
  plugins: [react(), initialJavaScriptSize()],
  build: {
    outDir: '../../dist/web',
    emptyOutDir: true,
    target: 'es2022',
    reportCompressedSize: true,
    sourcemap: true,
  },
  server: {
    proxy: {
      '/api': 'http://localhost:3000',
      '/healthz': 'http://localhost:3000',
      '/readyz': 'http://localhost:3000',
    },
  },
});
