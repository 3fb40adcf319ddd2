import { execFile, spawnSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * The tests' stand-in for the official Node 24 image, which no registry here can give: Debian bookworm
 * made with debootstrap, the project's own pinned Node 24 (the `node` devDependency's binary) and the npm
 * this machine runs, imported into Podman. The Containerfile builds on it with
 * `--build-arg BASE_IMAGE=localhost/backstrong-node-base:24`.
 */
export const TEST_BASE_IMAGE = 'localhost/backstrong-node-base:24';

const PROJECT_ROOT = path.resolve(import.meta.dirname, '../../..');

/**
 * Podman as it runs here: runc, and no default rlimits (crun fails on this machine's cgroups, and setting
 * rlimits fails inside its sandbox). Every podman command the tests run gets this environment.
 */
export const PODMAN_ENV = {
  ...process.env,
  CONTAINERS_CONF: path.join(import.meta.dirname, 'podman', 'containers.conf'),
};

export function podman(args: readonly string[], options: { input?: Buffer } = {}) {
  return spawnSync('podman', args, {
    env: PODMAN_ENV,
    input: options.input,
    maxBuffer: 64 * 1024 * 1024,
  });
}

/** The same, without holding up the caller's event loop (a test's clients keep running meanwhile). */
export function podmanAsync(
  args: readonly string[],
): Promise<{ status: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile('podman', args, { env: PODMAN_ENV, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const status = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ status, stdout, stderr });
    });
  });
}

export function hasTestBaseImage(): boolean {
  return podman(['image', 'exists', TEST_BASE_IMAGE]).status === 0;
}

function run(command: string, args: readonly string[], what: string): void {
  const result = spawnSync(command, args, { stdio: ['ignore', 'ignore', 'pipe'], env: PODMAN_ENV });
  if (result.status !== 0) {
    throw new Error(
      `${what} failed (${command} exited ${result.status}):\n${result.stderr.toString().trim()}`,
    );
  }
}

/** Makes the base image (about 40 s, most of it debootstrap reading Debian's packages). */
export async function makeTestBaseImage(mirror = 'http://deb.debian.org/debian'): Promise<void> {
  const work = await mkdtemp(path.join(tmpdir(), 'backstrong-base-'));
  const rootfs = path.join(work, 'rootfs');
  try {
    run('debootstrap', ['--variant=minbase', 'bookworm', rootfs, mirror], 'debootstrap');
    await cp(path.join(PROJECT_ROOT, 'node_modules/node/bin/node'), path.join(rootfs, 'usr/local/bin/node'));
    const npmHome = path.join(rootfs, 'usr/local/lib/node_modules/npm');
    await mkdir(path.dirname(npmHome), { recursive: true });
    await cp(npmModuleOfThisMachine(), npmHome, { recursive: true });
    await symlink('../lib/node_modules/npm/bin/npm-cli.js', path.join(rootfs, 'usr/local/bin/npm'));
    await symlink('../lib/node_modules/npm/bin/npx-cli.js', path.join(rootfs, 'usr/local/bin/npx'));
    const tar = spawnSync('tar', ['-C', rootfs, '-c', '.'], { maxBuffer: 2 * 1024 * 1024 * 1024 });
    if (tar.status !== 0) throw new Error(`tar failed: ${tar.stderr.toString()}`);
    const imported = podman(['import', '--change', 'CMD ["node"]', '-', TEST_BASE_IMAGE], {
      input: tar.stdout,
    });
    if (imported.status !== 0) throw new Error(`podman import failed: ${imported.stderr.toString()}`);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** The npm package folder of the npm on PATH (…/node_modules/npm). */
function npmModuleOfThisMachine(): string {
  const found = spawnSync('npm', ['root', '-g'], { encoding: 'utf8' });
  if (found.status !== 0) throw new Error('npm root -g failed');
  return path.join(found.stdout.trim(), 'npm');
}
