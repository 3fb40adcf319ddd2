import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { DatabaseHandle } from '../db/database.ts';
import { findOutgoingMail } from '../db/repositories/outgoing-mail.ts';
import { createTestDatabase } from '../db/test-database.ts';
import { createLogger } from '../log.ts';
import { createMailer } from '../mail/mailer.ts';
import { passwordResetMessage } from '../mail/messages.ts';
import { outboxMails } from '../testing/outbox.ts';
import { eventually } from '../testing/smtp-listener.ts';
import { type Jobs, startJobs } from './jobs.ts';

/**
 * Work sent for later is kept in the database, not in the process: stopping the job runner and starting
 * a new one (as a restart does) loses nothing, and the work still waits for its time. On the test
 * database: PGlite, or PostgreSQL with DATABASE_URL.
 */
let database: DatabaseHandle;
let outbox: string;
beforeAll(async () => {
  database = await createTestDatabase();
  outbox = await mkdtemp(path.join(tmpdir(), 'backstrong-jobs-'));
});
afterAll(async () => {
  await database.close();
  await rm(outbox, { recursive: true, force: true });
});

function runner(): Promise<Jobs> {
  return startJobs({
    database,
    mailer: createMailer({
      smtpUrl: undefined,
      from: 'Backstrong <a@b.example>',
      outboxDir: outbox,
      logger: { info() {} },
    }),
    logger: createLogger('silent'),
    mailRetry: { retryLimit: 2, retryDelay: 1, retryBackoff: false },
    timing: { pollingIntervalSeconds: 0.5 },
    publicUrl: 'http://backstrong.test',
  });
}

it('a message sent for later goes out at its time, after the job runner was stopped and started again', async () => {
  const before = await runner();
  const dueAt = new Date(Date.now() + 2_000);
  const id = await before.outgoingMail.send(
    passwordResetMessage(
      { email: 'later@example.org', name: 'Later' },
      'http://localhost/reset-password?token=l',
    ),
    { sendAfter: dueAt },
  );
  await before.stop();
  expect(await outboxMails(outbox)).toHaveLength(0);

  const after = await runner();
  try {
    await eventually(
      'the delayed message',
      async () => (await findOutgoingMail(database.db, id))?.status === 'sent',
    );
    const mail = await findOutgoingMail(database.db, id);
    expect(mail?.sent_at?.getTime()).toBeGreaterThanOrEqual(dueAt.getTime());
    expect((await outboxMails(outbox)).map((each) => each.to)).toEqual(['later@example.org']);
  } finally {
    await after.stop();
  }
});
