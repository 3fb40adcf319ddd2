import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/**
 * Runs before `npm test`: the tests need Debian's Chromium (browser tests), ffmpeg (video decoding), and
 * nginx and openssl (the cluster test's proxy and its certificate), kept current by the system's security
 * updates rather than bundled. When one is missing we install it
 * if we can (root with apt, announced on screen), and otherwise stop with the exact command to run. The
 * tests are never skipped quietly.
 */
const TOOLS = [
  { command: '/usr/bin/chromium', debianPackage: 'chromium', purpose: 'browser tests' },
  { command: '/usr/bin/ffmpeg', debianPackage: 'ffmpeg', purpose: 'decoding test videos' },
  { command: '/usr/sbin/nginx', debianPackage: 'nginx', purpose: 'the proxy of the cluster test' },
  { command: '/usr/bin/openssl', debianPackage: 'openssl', purpose: 'the cluster test’s certificate' },
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
