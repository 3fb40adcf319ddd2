import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { hasTestBaseImage, TEST_BASE_IMAGE } from '../server/testing/container-base.ts';

/**
 * Runs before `npm test`: the tests need Debian's Chromium (browser tests), ffmpeg (video decoding),
 * nginx and openssl (the cluster test's proxy and its certificate), and Podman with runc and debootstrap
 * (the container image's test), kept current by the system's security updates rather than bundled. When
 * one is missing we install it
 * if we can (root with apt, announced on screen), and otherwise stop with the exact command to run. The
 * tests are never skipped quietly.
 */
const TOOLS = [
  { command: '/usr/bin/chromium', debianPackage: 'chromium', purpose: 'browser tests' },
  { command: '/usr/bin/ffmpeg', debianPackage: 'ffmpeg', purpose: 'decoding test videos' },
  { command: '/usr/sbin/nginx', debianPackage: 'nginx', purpose: 'the proxy of the cluster test' },
  { command: '/usr/bin/openssl', debianPackage: 'openssl', purpose: 'the cluster test’s certificate' },
  { command: '/usr/bin/podman', debianPackage: 'podman', purpose: 'building and running the app’s image' },
  { command: '/usr/sbin/runc', debianPackage: 'runc', purpose: 'the runtime Podman runs containers with' },
  { command: '/usr/sbin/debootstrap', debianPackage: 'debootstrap', purpose: 'the image test’s Debian base' },
];

const missing = TOOLS.filter((tool) => !existsSync(tool.command));
if (missing.length > 0) {
  const packages = missing.map((tool) => tool.debianPackage);
  const installCommand = `apt-get update && apt-get install -y ${packages.join(' ')}`;
  const isRoot = process.getuid?.() === 0;
  const hasApt = existsSync('/usr/bin/apt-get');
  for (const tool of missing)
    console.log(`The tests need ${tool.command} (${tool.purpose}); it is not installed.`);
  if (!isRoot || !hasApt) {
    console.error(`\nInstall it, then run the tests again:\n\n  sudo ${installCommand}\n`);
    process.exit(1);
  }
  console.log(`Installing with apt: ${packages.join(', ')} (running "${installCommand}")…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['update'], ['install', '-y', ...packages]]) {
    const result = spawnSync('apt-get', args, { stdio: 'inherit', env });
    if (result.status !== 0) {
      console.error(
        `\n"apt-get ${args.join(' ')}" failed. Install by hand, then run the tests again:\n\n  ${installCommand}\n`,
      );
      process.exit(1);
    }
  }
  const stillMissing = missing.filter((tool) => !existsSync(tool.command));
  if (stillMissing.length > 0) {
    console.error(`Still missing after installing: ${stillMissing.map((tool) => tool.command).join(', ')}`);
    process.exit(1);
  }
}

// The image test runs on PostgreSQL (DATABASE_URL) only; its base image is made once per machine, by
// debootstrap from Debian's packages, as the tools above are installed from them.
if (process.env.DATABASE_URL && !hasTestBaseImage()) {
  const command = 'node src/cli/make-test-base-image.ts';
  console.log(`The container image's test needs its base image ${TEST_BASE_IMAGE}; it is not made yet.`);
  if (process.getuid?.() !== 0) {
    console.error(
      `\nMake it as root (debootstrap needs root), then run the tests again:\n\n  sudo ${command}\n`,
    );
    process.exit(1);
  }
  console.log(`Making it with debootstrap (running "${command}", about 40 s)…`);
  const made = spawnSync(process.execPath, ['src/cli/make-test-base-image.ts'], { stdio: 'inherit' });
  if (made.status !== 0) {
    console.error(`\nMaking the base image failed. Run it by hand, then the tests again:\n\n  ${command}\n`);
    process.exit(1);
  }
}
