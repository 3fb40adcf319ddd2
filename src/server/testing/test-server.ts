import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyBaseLogger, FastifyInstance, LightMyRequestResponse } from 'fastify';
import { loadConfig } from '../config.ts';
import type { DatabaseHandle } from '../db/database.ts';
import { createTestDatabase } from '../db/test-database.ts';
import { buildApp } from '../http/app.ts';
import type { AttemptLimits } from '../http/attempt-limits.ts';
import { createMailer, outboxDirectory } from '../mail/mailer.ts';

export const TEST_PUBLIC_URL = 'http://localhost:3000';

export interface TestServer {
  app: FastifyInstance;
  database: DatabaseHandle;
  dataDir: string;
  /** The newest message in the outbox, parsed just enough for a test to follow its link. */
  lastMail(): Promise<{ to: string; subject: string; link: string | undefined; raw: string }>;
  close(): Promise<void>;
}

/** The real app on a fresh database, with mail going to a temporary outbox. */
/** Generous limits so tests that create many accounts are not throttled; limit tests pass their own. */
const RELAXED_LIMITS: AttemptLimits = {
  perAccountAndAddress: 1000,
  perAccount: 1000,
  perAddress: 10_000,
  windowSeconds: 60,
};

export async function startTestServer(
  options: {
    signInLimits?: AttemptLimits;
    accountActionLimits?: AttemptLimits;
    clock?: () => Date;
    /** More configuration, as the environment would give it (e.g. DISABILITY_INSTRUMENT; PUBLIC_URL '' unsets it). */
    env?: Record<string, string>;
    /** A folder to serve as the built web app (index.html and assets); the API alone without it. */
    webRoot?: string;
    /** The app's and the mailer's logger; silent without it. */
    logger?: FastifyBaseLogger;
    /** Where the app says it is served; plain-HTTP localhost unless a test needs another. */
    publicUrl?: string;
  } = {},
): Promise<TestServer> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'backstrong-test-'));
  const config = loadConfig({
    PUBLIC_URL: options.publicUrl ?? TEST_PUBLIC_URL,
    ...options.env,
    DATA_DIR: dataDir,
    LOG_LEVEL: 'silent',
  });
  const database = await createTestDatabase();
  const mailer = createMailer({
    smtpUrl: undefined,
    from: config.mailFrom,
    outboxDir: outboxDirectory(dataDir),
    logger: options.logger ?? { info() {} },
  });
  const { app } = await buildApp({
    config,
    db: database.db,
    mailer,
    authSecret: 'test-secret-that-is-long-enough-0123456789',
    logger: options.logger ?? false,
    signInLimits: options.signInLimits ?? RELAXED_LIMITS,
    accountActionLimits: options.accountActionLimits ?? RELAXED_LIMITS,
    clock: options.clock,
    webRoot: options.webRoot,
  });
  return {
    app,
    database,
    dataDir,
    async lastMail() {
      const folder = outboxDirectory(dataDir);
      const files = (await readdir(folder).catch(() => [] as string[]))
        .filter((file) => file.endsWith('.eml'))
        .sort();
      const newest = files.at(-1);
      if (!newest) throw new Error('the outbox is empty');
      const raw = await readFile(path.join(folder, newest), 'utf8');
      const unfolded = raw.replace(/=\r?\n/g, '').replace(/=3D/g, '=');
      return {
        to: /^To: (.*)$/m.exec(raw)?.[1] ?? '',
        subject: /^Subject: (.*)$/m.exec(raw)?.[1] ?? '',
        link: /(https?:\/\/\S+)/.exec(
          unfolded
            .split(/\r?\n\r?\n/)
            .slice(1)
            .join('\n'),
        )?.[1],
        raw,
      };
    },
    async close() {
      await app.close();
      await database.close();
      mailer.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** A cookie jar of one: what a browser would send back after a response. */
export function cookieFrom(response: LightMyRequestResponse): string {
  const setCookie = response.headers['set-cookie'];
  const cookies = Array.isArray(setCookie) ? setCookie : setCookie ? [setCookie] : [];
  return cookies.map((cookie) => cookie.split(';')[0]).join('; ');
}

export async function signUp(
  app: FastifyInstance,
  person: { email: string; password?: string; name?: string; consent?: boolean },
): Promise<{ cookie: string; userId: string }> {
  const { HEALTH_DATA_CONSENT } = await import('../../core/consent.ts');
  const response = await app.inject({
    method: 'POST',
    url: '/api/auth/sign-up/email',
    payload: {
      email: person.email,
      password: person.password ?? 'correct horse battery',
      name: person.name ?? 'Test Member',
      ...(person.consent === false ? {} : { healthConsentVersion: HEALTH_DATA_CONSENT.version }),
    },
  });
  if (response.statusCode !== 200) throw new Error(`sign-up failed: ${response.statusCode} ${response.body}`);
  return { cookie: cookieFrom(response), userId: response.json().user.id };
}
