import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { HEALTH_DATA_CONSENT } from '../../core/consent.ts';
import {
  childExited,
  freshServerDatabase,
  type ServerDatabase,
  startServerChild,
} from '../testing/server-child.ts';
import { eventually, type SmtpListener, startSmtpListener } from '../testing/smtp-listener.ts';

/**
 * The server killed (SIGKILL) while an email waits for a mail server in trouble, then started again on
 * the same data: the email is delivered after boot, once, and its link works. On the embedded database,
 * or on PostgreSQL with DATABASE_URL.
 */
let dataDir: string;
let database: ServerDatabase;
let smtp: SmtpListener;

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'backstrong-mail-crash-'));
  database = await freshServerDatabase('mail');
  smtp = await startSmtpListener();
});
afterAll(async () => {
  await smtp.close();
  await rm(dataDir, { recursive: true, force: true });
  await database.drop();
});

it('an email waiting when the server is killed is delivered once after it starts again', async () => {
  const settings = { dataDir, databaseUrl: database.url, env: { SMTP_URL: smtp.url } };
  smtp.isAccepting = false;
  const first = await startServerChild(settings);
  const email = 'after-crash@example.org';
  const signUp = await fetch(`${first.base}/api/auth/sign-up/email`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      email,
      password: 'a long enough password',
      name: 'Crash Member',
      healthConsentVersion: HEALTH_DATA_CONSENT.version,
    }),
  });
  expect(signUp.status).toBe(200);
  await eventually('a refused attempt', () => smtp.offered > 0);
  first.child.kill('SIGKILL');
  await childExited(first.child);

  smtp.isAccepting = true;
  const second = await startServerChild(settings);
  try {
    await eventually('delivery after the restart', () => smtp.received.length > 0);
    expect(smtp.received.map((mail) => mail.to)).toEqual([[email]]);
    const link = /(http:\/\/\S+\/api\/auth\/verify-email\?token=\S+)/.exec(smtp.received[0]?.data ?? '')?.[1];
    const { pathname, search } = new URL(link ?? 'http://missing/');
    const opened = await fetch(`${second.base}${pathname}${search}`, { redirect: 'manual' });
    expect(opened.status).toBe(303);
    expect(smtp.received).toHaveLength(1);
  } finally {
    second.child.kill('SIGTERM');
    await childExited(second.child);
  }
}, 120_000);
