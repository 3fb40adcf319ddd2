import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where this run keeps its seeded demo databases (see seededDataDir in harness.ts). */
    seedCacheDir: string;
  }
}

/** One folder of seeded demo databases for the whole browser run, removed when it ends. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dir = await mkdtemp(path.join(tmpdir(), 'backstrong-e2e-seeds-'));
  project.provide('seedCacheDir', dir);
  return () => rm(dir, { recursive: true, force: true });
}
