import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';
import { freePort } from '../src/server/testing/free-port.ts';

/**
 * `npm run bench:start`: a first `npm start` on a fresh data directory, as a newcomer runs it. Each run
 * starts `src/cli/start.ts` in its own process on a new DATA_DIR and times, from the moment the process
 * is spawned, the first 200 from GET /readyz ("ready"), then the steps the server logs with their
 * elapsed time, and when the demo data is complete. The web app must already be built (`npm run build`):
 * a first build is timed on its own, not here. Median of BENCH_RUNS (3) runs.
 */
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const ROOT = path.resolve(import.meta.dirname, '..');
const GIVE_UP_MS = 180_000;

/** Log lines worth a figure: the step each names, timed by the server itself or by arrival here. */
const STEPS: Record<string, string> = {
  'demo publication created': 'publication',
  'demo member history generated': 'demo member history',
  'demo caseload generated': 'demo caseload',
  'demo accounts created (see README)': 'demo accounts',
};
const COMPLETE = 'demo data complete';

interface Run {
  readyMs: number;
  completeMs: number;
  steps: Map<string, number>;
}

async function oneRun(): Promise<Run> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'backstrong-start-'));
  const port = await freePort();
  const started = performance.now();
  const child = spawn(process.execPath, [path.join(ROOT, 'src/cli/start.ts')], {
    cwd: ROOT,
    env: { ...process.env, DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const steps = new Map<string, number>();
  let completeMs = Number.NaN;
  const completed = new Promise<void>((resolve) => {
    createInterface({ input: child.stdout }).on('line', (line) => {
      let entry: { msg?: string; elapsedMs?: number };
      try {
        entry = JSON.parse(line);
      } catch {
        return;
      }
      const step = entry.msg === undefined ? undefined : STEPS[entry.msg];
      if (step) steps.set(step, entry.elapsedMs ?? performance.now() - started);
      if (entry.msg === COMPLETE) {
        completeMs = performance.now() - started;
        resolve();
      }
    });
  });
  const exited = new Promise<never>((_, reject) =>
    child.once('exit', (code) => reject(new Error(`the server exited with ${code}`))),
  );
  try {
    let readyMs = Number.NaN;
    while (Number.isNaN(readyMs)) {
      if (performance.now() - started > GIVE_UP_MS) throw new Error('not ready in time');
      const answer = await fetch(`http://127.0.0.1:${port}/readyz`).catch(() => undefined);
      if (answer?.status === 200) readyMs = performance.now() - started;
      else await Promise.race([sleep(20), exited]);
    }
    await Promise.race([completed, exited]);
    return { readyMs, completeMs, steps };
  } finally {
    child.removeAllListeners('exit');
    const gone = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await gone;
    await rm(dataDir, { recursive: true, force: true });
  }
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

const runs: Run[] = [];
for (let index = 0; index < RUNS; index++) {
  const run = await oneRun();
  runs.push(run);
  const steps = [...run.steps].map(([name, ms]) => `${name} ${seconds(ms)}`).join(', ');
  console.log(
    `run ${index + 1}: ready ${seconds(run.readyMs)}, demo data complete ${seconds(run.completeMs)} (${steps})`,
  );
}
console.log(`\nFirst start on a fresh data directory (embedded database), median of ${RUNS}:`);
console.log(`  ready (first 200 from /readyz)   ${seconds(median(runs.map((run) => run.readyMs)))}`);
console.log(`  demo data complete               ${seconds(median(runs.map((run) => run.completeMs)))}`);
for (const name of new Set(runs.flatMap((run) => [...run.steps.keys()]))) {
  const values = runs.flatMap((run) => (run.steps.has(name) ? [run.steps.get(name) ?? 0] : []));
  console.log(`  ${name.padEnd(32)} ${seconds(median(values))}`);
}
