import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import webpush from 'web-push';
import type { NotificationKind } from '../../core/notifications/index.ts';
import { createLogger } from '../log.ts';
import { createMailer, type Mailer, outboxDirectory } from '../mail/mailer.ts';
import { createPushSender } from '../push/push-sender.ts';
import { notifyMember } from '../services/notify.ts';
import { type FakePushService, startFakePushService } from '../testing/fake-push-service.ts';
import { type SmtpListener, startSmtpListener } from '../testing/smtp-listener.ts';
import { signUp, startTestServer, type TestServer } from '../testing/test-server.ts';
import { type DeliveryDeps, deliverNotification } from './deliver-notification.ts';

let service: FakePushService;
let smtp: SmtpListener;
let server: TestServer;
let deps: DeliveryDeps;
/** Midday in London: outside every member's quiet hours. */
const now = new Date('2026-03-04T12:00:00Z');

beforeAll(async () => {
  service = await startFakePushService();
  smtp = await startSmtpListener();
  const from = 'Backstrong <no-reply@backstrong.local>';
  const bySmtp = createMailer({ smtpUrl: smtp.url, from, outboxDir: '', logger: { info() {} } });
  // Notifications go to the real SMTP listener; sign-up links to the outbox, where `signUp` follows them.
  let toOutbox: Mailer | undefined;
  const mailer: Mailer = {
    send: (message) =>
      (message.kind === 'notification' ? bySmtp : toOutbox)?.send(message) ?? Promise.reject(),
    close: () => {
      bySmtp.close();
      toOutbox?.close();
    },
  };
  server = await startTestServer({ pushService: service, mailer, clock: () => now });
  toOutbox = createMailer({
    smtpUrl: undefined,
    from,
    outboxDir: outboxDirectory(server.dataDir),
    logger: { info() {} },
  });
  deps = {
    db: server.database.db,
    push: createPushSender({
      vapidKeys: webpush.generateVAPIDKeys(),
      subject: 'mailto:hello@backstrong.example',
      agent: service.agent,
    }),
    mail: server.jobs.outgoingMail,
    publicUrl: 'http://localhost:3000',
    logger: createLogger('silent'),
    clock: () => now,
  };
});
afterAll(async () => {
  await server.close();
  await service.close();
  await smtp.close();
});

async function memberWithBrowsers(email: string, options: { browsers: number; byEmail: boolean }) {
  const member = await signUp(server.app, { email });
  const browsers = Array.from({ length: options.browsers }, () => service.subscribe());
  for (const browser of browsers) {
    const response = await server.app.inject({
      method: 'POST',
      url: '/api/me/push-subscriptions',
      headers: { cookie: member.cookie },
      payload: browser,
    });
    expect(response.statusCode, response.body).toBe(200);
  }
  const settings = await server.app.inject({
    method: 'PUT',
    url: '/api/me/notification-settings',
    headers: { cookie: member.cookie },
    payload: {
      timeZone: 'Europe/London',
      reminderTime: '18:00',
      quietHours: { start: '21:00', end: '08:00' },
      weeklyCap: 5,
      off: [],
      byEmail: options.byEmail,
    },
  });
  expect(settings.statusCode, settings.body).toBe(200);
  return { ...member, browsers };
}

async function notify(memberId: string, kind: NotificationKind, about: string) {
  const [outcome] = await notifyMember(
    server.database.db,
    memberId,
    [
      {
        candidate: { kind, about, dueAt: now },
        content: {
          title: 'Please stop and read this',
          body: 'Your answers suggest you should see a doctor today.',
          path: '/safety',
        },
      },
    ],
    {
      delivery: server.jobs.notificationDelivery,
      clinicTimeZone: 'Europe/London',
      disability: 'oswestry',
      now,
    },
  );
  if (!outcome?.notificationId) throw new Error(`not sent: ${JSON.stringify(outcome)}`);
  return outcome.notificationId;
}

function pushesOf(notificationId: string) {
  return service.received.filter((push) => (push.payload as { id?: string }).id === notificationId);
}

async function until(condition: () => boolean | Promise<boolean>, what: string) {
  const deadline = Date.now() + 15_000;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

async function jobDone(notificationId: string) {
  await until(async () => {
    const jobs = await server.jobs.boss.findJobs('deliver-notification', { data: { notificationId } });
    return jobs.length > 0 && jobs.every((job) => job.state === 'completed');
  }, 'the delivery job');
}

describe('delivering a notification', () => {
  it('pushes it to each of the member’s browsers and emails it once, however often the job runs', async () => {
    const member = await memberWithBrowsers('deliver-twice@example.org', { browsers: 2, byEmail: true });
    const notificationId = await notify(member.userId, 'safety', 'screen-1');
    await jobDone(notificationId);
    await server.mailDelivered();
    expect(
      pushesOf(notificationId)
        .map((push) => push.endpoint)
        .sort(),
    ).toEqual(member.browsers.map((browser) => browser.endpoint).sort());
    expect(pushesOf(notificationId)[0]?.payload).toEqual({
      id: notificationId,
      kind: 'safety',
      title: 'Please stop and read this',
      body: 'Your answers suggest you should see a doctor today.',
      path: '/safety',
      tag: 'safety',
    });
    expect(pushesOf(notificationId)[0]?.urgency).toBe('high');

    // Twice more, at once: nothing more is pushed or emailed.
    const again = await Promise.all([
      deliverNotification(deps, notificationId),
      deliverNotification(deps, notificationId),
    ]);
    expect(again).toEqual([
      { pushed: 0, gone: 0, failed: 0, isEmailed: false },
      { pushed: 0, gone: 0, failed: 0, isEmailed: false },
    ]);
    await server.mailDelivered();
    expect(pushesOf(notificationId)).toHaveLength(2);
    const emails = smtp.received.filter((mail) => mail.to.includes('deliver-twice@example.org'));
    expect(emails.filter((mail) => mail.data.includes('Please stop and read this'))).toHaveLength(1);
    expect(emails.at(-1)?.data).toContain('http://localhost:3000/safety');
  });

  it('sends no email to a member who did not ask for email', async () => {
    const member = await memberWithBrowsers('deliver-no-email@example.org', { browsers: 1, byEmail: false });
    const notificationId = await notify(member.userId, 'safety', 'screen-2');
    await jobDone(notificationId);
    await server.mailDelivered();
    expect(pushesOf(notificationId)).toHaveLength(1);
    const emails = smtp.received.filter((mail) => mail.to.includes('deliver-no-email@example.org'));
    expect(emails.filter((mail) => mail.data.includes('Please stop and read this'))).toEqual([]);
  });

  it('does not email a coach’s message, which has its own email', async () => {
    const member = await memberWithBrowsers('deliver-coach-message@example.org', {
      browsers: 1,
      byEmail: true,
    });
    const notificationId = await notify(member.userId, 'coach-message', 'message-1');
    await jobDone(notificationId);
    await server.mailDelivered();
    expect(pushesOf(notificationId)).toHaveLength(1);
    const emails = smtp.received.filter((mail) => mail.to.includes('deliver-coach-message@example.org'));
    expect(emails.filter((mail) => mail.data.includes('Please stop and read this'))).toEqual([]);
  });

  it('deletes a browser the push service says is gone, and tries a failed push again until it is taken', async () => {
    const member = await memberWithBrowsers('deliver-trouble@example.org', { browsers: 3, byEmail: false });
    const [working, gone, troubled] = member.browsers;
    if (!working || !gone || !troubled) throw new Error('three browsers expected');
    service.answer(gone.endpoint, 410);
    service.answer(troubled.endpoint, 500);
    const notificationId = await notify(member.userId, 'safety', 'screen-3');
    // The job's first run pushed what it could and failed, to be tried again later.
    await until(async () => {
      const jobs = await server.jobs.boss.findJobs('deliver-notification', { data: { notificationId } });
      return jobs[0]?.state === 'retry';
    }, 'the delivery job to wait for a retry');
    expect(pushesOf(notificationId).map((push) => push.endpoint)).toEqual([working.endpoint]);
    await expect(deliverNotification(deps, notificationId)).rejects.toThrow(/1 push\(es\) .* failed/);
    const left = await server.database.db
      .selectFrom('push_subscriptions')
      .select('endpoint')
      .where('user_id', '=', member.userId)
      .execute();
    expect(left.map((row) => row.endpoint).sort()).toEqual([working.endpoint, troubled.endpoint].sort());

    service.answer(troubled.endpoint, 201);
    expect(await deliverNotification(deps, notificationId)).toMatchObject({ pushed: 1, failed: 0 });
    expect(
      pushesOf(notificationId)
        .map((push) => push.endpoint)
        .sort(),
    ).toEqual([working.endpoint, troubled.endpoint].sort());
  });

  it('pushes a critical alert to the coach it is for, urgently', async () => {
    const coach = await memberWithBrowsers('deliver-coach@example.org', { browsers: 1, byEmail: false });
    await server.database.db
      .updateTable('users')
      .set({ role: 'coach' })
      .where('id', '=', coach.userId)
      .execute();
    const notificationId = await notify(coach.userId, 'critical-alert', 'alert-1');
    await jobDone(notificationId);
    expect(pushesOf(notificationId).map((push) => [push.endpoint, push.urgency])).toEqual([
      [coach.browsers[0]?.endpoint, 'high'],
    ]);
  });

  it('sends nothing for a notification whose member has erased their account', async () => {
    expect(await deliverNotification(deps, 'no-such-notification')).toEqual({
      pushed: 0,
      gone: 0,
      failed: 0,
      isEmailed: false,
    });
  });
});
