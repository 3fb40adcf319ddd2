import { type ChildProcess, fork } from 'node:child_process';
import path from 'node:path';

const here = import.meta.dirname;

/**
 * A bench server (a script beside this file) in its own process, so the measuring does not share its
 * event loop; resolves with its address once it says it listens.
 */
export function startChild(
  script: string,
  env: Record<string, string>,
): Promise<{ child: ChildProcess; url: string }> {
  return new Promise((resolve, reject) => {
    const child = fork(path.join(here, script), { env: { ...process.env, ...env }, stdio: 'inherit' });
    child.once('message', (message: { url: string }) => resolve({ child, url: message.url }));
    child.once('exit', (code) => reject(new Error(`${script} exited with ${code}`)));
  });
}

export function stopChild(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    child.removeAllListeners('exit');
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}
