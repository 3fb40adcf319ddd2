import { type ChildProcess, fork } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { runOnServer } from '../db/test-database.ts';

const serverEntry = path.join(import.meta.dirname, 'server-process.ts');

/** What every instance of one test's cluster shares, as a real deployment's instances do. */
export const SHARED_TEST_SECRETS = {
  AUTH_SECRET: 'a test secret shared by the server children, 0123456789',
  // The server children's own VAPID pair (from `web-push generate-vapid-keys`), shared like the secret.
  VAPID_PUBLIC_KEY: 'BH4ps9026p00B5fw6SFp4NJmlg4i9gIFfbk_GvxledBs8y5Ek_JsMuv1O8b0jOfyzO1fI3WQQUJ1kx0SO38DJwM',
  VAPID_PRIVATE_KEY: 'RoMnj5T9LS-JiGv6C7PJlVN4kSxUvyP42LhJ3rEDj0o',
} as const;

/**
 * The real server (server-process.ts) in a child process on `dataDir`, on the embedded database or on
 * the PostgreSQL database `databaseUrl`; `env` adds settings (SMTP_URL …). Resolves once it listens.
 */
export function startServerChild(options: {
  dataDir: string;
  databaseUrl: string | undefined;
  env?: Record<string, string>;
}): Promise<{ child: ChildProcess; base: string }> {
  const env: Record<string, string | undefined> = {
    ...process.env,
    DATA_DIR: options.dataDir,
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'silent',
    DEMO_ACCOUNTS: 'off',
    DATABASE_URL: options.databaseUrl,
    ...SHARED_TEST_SECRETS,
    ...options.env,
  };
  if (!options.databaseUrl) delete env.DATABASE_URL;
  return new Promise((resolve, reject) => {
    const child = fork(serverEntry, { env, stdio: ['inherit', 'inherit', 'pipe', 'ipc'] });
    // What the server said on its way down, kept so a failed start says why.
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      process.stderr.write(chunk);
      stderr = (stderr + chunk.toString('utf8')).slice(-4000);
    });
    child.once('message', (message: { url: string }) => {
      child.removeAllListeners('exit');
      resolve({ child, base: message.url.replace('0.0.0.0', '127.0.0.1') });
    });
    child.once('exit', (code) =>
      reject(new Error(`the server exited with ${code} before it was ready:\n${stderr.trim()}`)),
    );
  });
}

export function childExited(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });
}

export interface ServerDatabase {
  /** The new database's URL, or undefined for the embedded one. */
  url: string | undefined;
  drop(): Promise<void>;
}

/**
 * With DATABASE_URL, a new database on that server for one test file (and a function that drops it);
 * without it, no URL: a server started on its data folder then uses the embedded database there.
 */
export async function freshServerDatabase(purpose: string): Promise<ServerDatabase> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) return { url: undefined, drop: async () => {} };
  const name = `backstrong_${purpose}_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
  await runOnServer(serverUrl, `create database "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => runOnServer(serverUrl, `drop database if exists "${name}" with (force)`),
  };
}
