import { randomUUID } from 'node:crypto';
import { chmod } from 'node:fs/promises';
import { homedir } from 'node:os';
import path from 'node:path';
import type { InstanceLauncher } from './cluster.ts';
import { podmanAsync, TEST_BASE_IMAGE } from './container-base.ts';
import { SHARED_TEST_SECRETS } from './server-child.ts';

const PROJECT_ROOT = path.resolve(import.meta.dirname, '../../..');
export const TEST_APP_IMAGE = 'localhost/backstrong:test';

/**
 * Builds the app's image from the Containerfile, as a self-hoster would, on the test base image and with
 * no network: npm installs offline from this machine's package cache (filled by the `npm ci` that
 * installed the project), mounted into the build. Podman keeps layers, so a build with the same
 * dependencies starts from their installed layer.
 */
export async function buildAppImage(): Promise<string> {
  const cache = process.env.npm_config_cache || path.join(homedir(), '.npm');
  const built = await podmanAsync([
    'build',
    '--network=none',
    '--volume',
    `${cache}:/root/.npm`,
    '--build-arg',
    `BASE_IMAGE=${TEST_BASE_IMAGE}`,
    '--build-arg',
    'NPM_FLAGS=--offline',
    '--tag',
    TEST_APP_IMAGE,
    '--file',
    path.join(PROJECT_ROOT, 'Containerfile'),
    PROJECT_ROOT,
  ]);
  if (built.status !== 0) {
    throw new Error(`podman build failed:\n${built.stdout.slice(-3000)}\n${built.stderr}`);
  }
  return TEST_APP_IMAGE;
}

async function readyWithin(url: string, timeoutMs: number): Promise<boolean> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    const answer = await fetch(url).catch(() => undefined);
    if (answer?.status === 200) return true;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return false;
}

/**
 * Each instance a container of `image`, on the host's network (so nginx reaches it at 127.0.0.1:port, as
 * it reaches a process), with the cluster's data folder as its /data. Killing it is `podman kill`: the
 * container's server dies as a process does on SIGKILL; stopping it is `podman stop`, SIGTERM first.
 */
export function containerInstances(image: string): InstanceLauncher {
  return async (settings) => {
    // The image runs as uid 1000, not as the test's user.
    await chmod(settings.dataDir, 0o777);
    const name = `backstrong-test-${settings.port}-${randomUUID().slice(0, 8)}`;
    const env = {
      ...SHARED_TEST_SECRETS,
      ...settings.env,
      DATABASE_URL: settings.databaseUrl,
      PORT: String(settings.port),
      HOST: '127.0.0.1',
      DEMO_ACCOUNTS: 'off',
      LOG_LEVEL: 'warn',
    };
    const started = await podmanAsync([
      'run',
      '--detach',
      '--name',
      name,
      '--network=host',
      '--volume',
      `${settings.dataDir}:/data`,
      ...Object.entries(env).flatMap(([key, value]) => ['--env', `${key}=${value}`]),
      image,
    ]);
    if (started.status !== 0) throw new Error(`podman run failed: ${started.stderr}`);
    const remove = () => podmanAsync(['rm', '--force', '--time', '0', name]);
    if (!(await readyWithin(`http://127.0.0.1:${settings.port}/readyz`, 60_000))) {
      const logs = await podmanAsync(['logs', name]);
      await remove();
      throw new Error(`the container did not become ready:\n${logs.stdout}\n${logs.stderr}`);
    }
    return {
      async end(signal) {
        if (signal === 'SIGKILL') await podmanAsync(['kill', '--signal', 'KILL', name]);
        else await podmanAsync(['stop', '--time', '30', name]);
        await podmanAsync(['wait', name]);
        await remove();
      },
    };
  };
}

/** Who the image's server runs as, read from a running container of it. */
export async function userOfImage(image: string): Promise<string> {
  const answer = await podmanAsync(['run', '--rm', '--network=none', image, 'id', '-u']);
  return answer.stdout.trim();
}
