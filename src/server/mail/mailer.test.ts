import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMailer } from './mailer.ts';
import { passwordResetMessage } from './messages.ts';

const quiet = { info() {} };

describe('mail over SMTP', () => {
  const received: { from: string; to: string[]; data: string }[] = [];
  let smtp: SMTPServer;
  let port: number;

  beforeAll(async () => {
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          received.push({
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
            data: Buffer.concat(chunks).toString('utf8'),
          });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    port = (smtp.server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => smtp.close(resolve)));

  it('delivers a password reset message to a real SMTP listener', async () => {
    const mailer = createMailer({
      smtpUrl: `smtp://127.0.0.1:${port}`,
      from: 'Backstrong <hello@backstrong.example>',
      outboxDir: '/nonexistent',
      logger: quiet,
    });
    await mailer.send(
      passwordResetMessage(
        { email: 'ana@example.org', name: 'Ana' },
        'http://localhost:3000/reset-password?token=abc',
      ),
    );
    mailer.close();
    expect(received).toHaveLength(1);
    const [message] = received;
    expect(message?.from).toBe('hello@backstrong.example');
    expect(message?.to).toEqual(['ana@example.org']);
    expect(message?.data).toContain('Subject: Reset your Backstrong password');
    expect(message?.data.replace(/=\r?\n/g, '')).toContain('reset-password?token=3Dabc');
  });
});

describe('mail to the outbox', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'backstrong-outbox-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('writes each message as an .eml file and logs the file, never the link in it', async () => {
    const logged: unknown[] = [];
    const mailer = createMailer({
      smtpUrl: undefined,
      from: 'Backstrong <hello@backstrong.example>',
      outboxDir: dir,
      logger: { info: (object: unknown) => logged.push(object) },
    });
    await mailer.send(
      passwordResetMessage(
        { email: 'ben@example.org', name: 'Ben' },
        'http://localhost:3000/reset-password?token=xyz',
      ),
    );
    const files = await readdir(dir);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/\.eml$/);
    const content = await readFile(path.join(dir, files[0] ?? ''), 'utf8');
    expect(content).toContain('To: ben@example.org');
    expect(content).toContain('reset-password?token=3Dxyz');
    expect(logged).toEqual([
      {
        to: 'ben@example.org',
        subject: 'Reset your Backstrong password',
        file: path.join(dir, files[0] ?? ''),
      },
    ]);
    expect(JSON.stringify(logged)).not.toContain('xyz');
  });

  it('writes the headers a message carries into its .eml file', async () => {
    const mailer = createMailer({
      smtpUrl: undefined,
      from: 'Backstrong <hello@backstrong.example>',
      outboxDir: dir,
      logger: quiet,
    });
    await mailer.send({
      kind: 'publication-release',
      to: 'cai@example.org',
      subject: 'This week',
      text: 'Unsubscribe: http://localhost:3000/unsubscribe?token=u1',
      headers: {
        'List-Unsubscribe': '<http://localhost:3000/unsubscribe?token=u1>',
        'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      },
    });
    const contents = await Promise.all(
      (await readdir(dir)).map((file) => readFile(path.join(dir, file), 'utf8')),
    );
    const written = contents.find((content) => content.includes('To: cai@example.org'));
    expect(written).toMatch(/^List-Unsubscribe: <http:\/\/localhost:3000\/unsubscribe\?token=u1>$/m);
    expect(written).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click$/m);
  });
});
