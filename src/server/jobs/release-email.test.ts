import { randomUUID } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../db/database.ts';
import { createTestDatabase } from '../db/test-database.ts';
import { createLogger } from '../log.ts';
import { createMailer } from '../mail/mailer.ts';
import { readUnsubscribeToken, subscriptionKey } from '../publication/subscription-tokens.ts';
import { eventually } from '../testing/smtp-listener.ts';
import { type Jobs, startJobs } from './jobs.ts';
import { queueReleaseEmailBatch, releaseMessage } from './release-email.ts';

const AUTH_SECRET = 'release-email-test-secret-0123456789abcdef';

describe('the Sunday email', () => {
  const slot = new Date('2026-12-06T07:00:00Z');
  const now = new Date('2026-12-06T07:00:30Z');
  const early = ['a@example.org', 'b@example.org', 'c@example.org'];
  let database: DatabaseHandle;
  let jobs: Jobs;
  let outbox: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    outbox = await mkdtemp(path.join(tmpdir(), 'backstrong-release-email-'));
    for (const email of early) {
      await database.db
        .insertInto('subscribers')
        .values({ id: randomUUID(), email, consented_at: new Date('2026-11-01T00:00:00Z') })
        .execute();
    }
    // Signed up after the release went out: not emailed for it.
    await database.db
      .insertInto('subscribers')
      .values({ id: randomUUID(), email: 'late@example.org', consented_at: new Date('2026-12-06T08:00:00Z') })
      .execute();
    await database.db
      .insertInto('articles')
      .values({
        id: randomUUID(),
        slug: 'bending-again',
        title: 'Bending again',
        summary: 'How to pick things up.',
        status: 'scheduled',
        publish_at: slot,
      })
      .execute();
    await database.db
      .insertInto('episodes')
      .values({
        id: randomUUID(),
        guid: randomUUID(),
        slug: 'sitting-well',
        title: 'Sitting well',
        summary: 'A chair, a desk, a back.',
        status: 'scheduled',
        publish_at: slot,
      })
      .execute();
    jobs = await startJobs({
      database,
      mailer: createMailer({
        smtpUrl: undefined,
        from: 'x@example.org',
        outboxDir: outbox,
        logger: { info() {} },
      }),
      logger: createLogger('silent'),
      clock: () => now,
      publicUrl: 'https://backstrong.example/',
      authSecret: AUTH_SECRET,
      timing: { pollingIntervalSeconds: 1 },
    });
  });
  afterAll(async () => {
    await jobs.stop();
    await database.close();
    await rm(outbox, { recursive: true, force: true });
  });

  it('goes once to each subscriber who had consented by the release, with the one-click unsubscribe', async () => {
    await eventually('the release is emailed', async () => {
      const row = await database.db.selectFrom('releases').select('emailed_at').executeTakeFirst();
      return row?.emailed_at != null;
    });
    const mails = await database.db
      .selectFrom('outgoing_mail')
      .selectAll()
      .where('kind', '=', 'publication-release')
      .orderBy('recipient')
      .execute();
    expect(mails.map((mail) => mail.recipient)).toEqual(early);
    const queued = await database.db.selectFrom('release_emails').selectAll().execute();
    expect(queued).toHaveLength(3);
    await eventually(
      'all three are delivered to the outbox',
      async () => (await readdir(outbox)).length === 3,
    );
    const key = subscriptionKey(AUTH_SECRET);
    const subscriberIds = new Set(queued.map((row) => row.subscriber_id));
    for (const file of await readdir(outbox)) {
      const message = (await readFile(path.join(outbox, file), 'utf8'))
        .replace(/=\n/g, '')
        .replace(/=3D/g, '=')
        .replace(/\n[ \t]+/g, ' ');
      expect(message).toContain('List-Unsubscribe-Post: List-Unsubscribe=One-Click');
      const link = /List-Unsubscribe: <(https:\/\/backstrong\.example\/unsubscribe\?token=[^>]+)>/.exec(
        message,
      );
      expect(link).not.toBeNull();
      const token = new URL(link?.[1] ?? '').searchParams.get('token') ?? '';
      const subscriberId = readUnsubscribeToken(key, token);
      expect(subscriberId && subscriberIds.has(subscriberId)).toBe(true);
      expect(message).toContain('https://backstrong.example/episodes/sitting-well');
      expect(message).toContain('https://backstrong.example/articles/bending-again');
      expect(message).toContain('unsubscribe here: https://backstrong.example/unsubscribe?token=');
    }
  });

  it('never emails anyone twice for one release, however many batches run', async () => {
    const deps = {
      db: database.db,
      mail: jobs.outgoingMail,
      publicUrl: 'https://b.example',
      linkKey: Buffer.alloc(32),
    };
    await database.db.updateTable('releases').set({ emailed_at: null }).execute();
    const runs = await Promise.all([
      queueReleaseEmailBatch(deps, slot, 1),
      queueReleaseEmailBatch(deps, slot, 1),
    ]);
    expect(runs.map((run) => run.queued)).toEqual([0, 0]);
    const count = await database.db
      .selectFrom('outgoing_mail')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('kind', '=', 'publication-release')
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(3);
  });

  it('queues a big list a batch at a time, each batch taking only those not yet emailed', async () => {
    const deps = {
      db: database.db,
      mail: jobs.outgoingMail,
      publicUrl: 'https://b.example',
      linkKey: Buffer.alloc(32),
    };
    const later = new Date('2026-12-13T07:00:00Z');
    await database.db.insertInto('releases').values({ slot: later, released_at: later }).execute();
    const first = await queueReleaseEmailBatch(deps, later, 3);
    expect(first).toEqual({ queued: 3, more: true });
    const second = await queueReleaseEmailBatch(deps, later, 3);
    expect(second).toEqual({ queued: 1, more: false });
    expect(await queueReleaseEmailBatch(deps, later, 3)).toEqual({ queued: 0, more: false });
    const release = await database.db
      .selectFrom('releases')
      .select('emailed_at')
      .where('slot', '=', later)
      .executeTakeFirstOrThrow();
    expect(release.emailed_at).not.toBeNull();
  });
});

describe('the Sunday email’s words', () => {
  const contents = {
    episodes: [
      { title: 'Hips and your back', summary: 'Why the hips.', url: '/episodes/hips', isPremium: true },
    ],
    articles: [{ title: 'The bridge', summary: 'Start here.', url: '/articles/bridge', isPremium: false }],
  };
  const unsubscribe = 'https://backstrong.example/unsubscribe?token=t';

  it('marks a premium piece, so nobody opens its link expecting to read it whole', () => {
    const { text } = releaseMessage('a@example.org', contents, unsubscribe, { isMembershipOn: true });
    expect(text).toContain('Hips and your back (for premium members)');
    expect(text).toContain('The bridge\n');
    expect(text).not.toContain('The bridge (for premium members)');
  });

  it('marks nothing without tiers, where every piece is everyone’s', () => {
    const { text } = releaseMessage('a@example.org', contents, unsubscribe, { isMembershipOn: false });
    expect(text).not.toContain('premium');
  });
});
