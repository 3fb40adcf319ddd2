import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  to: string[];
  /** The message as sent, quoted-printable soft breaks and `=3D` undone, so links read whole. */
  data: string;
}

export interface SmtpListener {
  port: number;
  url: string;
  received: ReceivedMail[];
  /** How many messages were offered, accepted or not. */
  offered: number;
  /** While false, every message is refused with a temporary error (451), as a server in trouble does. */
  isAccepting: boolean;
  close(): Promise<void>;
}

/** A real SMTP server on 127.0.0.1 (on `port`, or any free one) that keeps what it is sent. */
export async function startSmtpListener(options: { port?: number } = {}): Promise<SmtpListener> {
  const listener = {
    port: 0,
    url: '',
    received: [] as ReceivedMail[],
    offered: 0,
    isAccepting: true,
    close: async () => {},
  };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        listener.offered += 1;
        if (!listener.isAccepting) {
          callback(Object.assign(new Error('Try again later'), { responseCode: 451 }));
          return;
        }
        const raw = Buffer.concat(chunks).toString('utf8');
        listener.received.push({
          to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
          data: raw.replace(/=\r?\n/g, '').replace(/=3D/g, '='),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  listener.port = (server.server.address() as AddressInfo).port;
  listener.url = `smtp://127.0.0.1:${listener.port}`;
  listener.close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return listener;
}

/** Polls `check` until it holds, or fails after `timeoutMs` saying what was awaited. */
export async function eventually(what: string, check: () => boolean | Promise<boolean>, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting: ${what}`);
    await sleep(25);
  }
}
