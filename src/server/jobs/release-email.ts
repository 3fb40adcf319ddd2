import { type Kysely, sql } from 'kysely';
import type { PgBoss } from 'pg-boss';
import { z } from 'zod';
import type { Database } from '../db/schema.ts';
import type { MailMessage } from '../mail/mailer.ts';
import type { OutgoingMail } from '../mail/outgoing-mail.ts';
import { unsubscribeToken } from '../publication/subscription-tokens.ts';

/** One batch of a release's emails per run; the run queues the next batch until everyone has theirs. */
export const RELEASE_EMAIL = 'release-email';
export const RELEASE_EMAIL_BATCH = 200;

export const releaseEmailDataSchema = z.object({ slot: z.iso.datetime() });
export type ReleaseEmailData = z.infer<typeof releaseEmailDataSchema>;

export interface ReleaseEmailDeps {
  db: Kysely<Database>;
  mail: OutgoingMail;
  /** Where the publication is read, for the links in the email. */
  publicUrl: string;
  /** Signs each subscriber's unsubscribe link (see publication/subscription-tokens.ts). */
  linkKey: Buffer;
  /** With tiers, a premium piece is marked, so nobody opens the link expecting to read it whole. */
  isMembershipOn?: boolean;
  clock?: () => Date;
}

/**
 * Queues one batch of a release's emails: one per subscriber who had consented by the time it was
 * released, each in the same transaction as its `release_emails` row, so a retried batch or a second run
 * finds them done and emails nobody twice. The release's row is locked for the batch, so two batches for
 * one slot take turns. Returns whether subscribers remain (the caller queues the next batch); once none
 * do, `releases.emailed_at` is set.
 */
export async function queueReleaseEmailBatch(
  deps: ReleaseEmailDeps,
  slot: Date,
  batchSize = RELEASE_EMAIL_BATCH,
): Promise<{ queued: number; more: boolean }> {
  return deps.db.transaction().execute(async (trx) => {
    const release = await trx
      .selectFrom('releases')
      .selectAll()
      .where('slot', '=', slot)
      .forUpdate()
      .executeTakeFirst();
    if (!release || release.emailed_at !== null) return { queued: 0, more: false };
    const recipients = await trx
      .selectFrom('subscribers as s')
      .select(['s.id', 's.email'])
      .where('s.consented_at', '<=', release.released_at)
      .where(({ not, exists, selectFrom }) =>
        not(
          exists(
            selectFrom('release_emails as e')
              .select(sql`1`.as('one'))
              .where('e.slot', '=', slot)
              .whereRef('e.subscriber_id', '=', 's.id'),
          ),
        ),
      )
      .orderBy('s.id')
      .limit(batchSize + 1)
      .execute();
    const batch = recipients.slice(0, batchSize);
    const contents = batch.length > 0 ? await releaseContents(trx, release) : undefined;
    const now = deps.clock?.() ?? new Date();
    for (const subscriber of batch) {
      if (!contents) break;
      const unsubscribeUrl = `${baseUrl(deps.publicUrl)}/unsubscribe?token=${encodeURIComponent(
        unsubscribeToken(deps.linkKey, subscriber.id),
      )}`;
      const mailId = await deps.mail.send(
        releaseMessage(subscriber.email, contents, unsubscribeUrl, {
          isMembershipOn: deps.isMembershipOn ?? false,
        }),
        {
          db: trx,
        },
      );
      await trx
        .insertInto('release_emails')
        .values({ slot, subscriber_id: subscriber.id, mail_id: mailId, queued_at: now })
        .execute();
    }
    const more = recipients.length > batchSize;
    if (!more) await trx.updateTable('releases').set({ emailed_at: now }).where('slot', '=', slot).execute();
    return { queued: batch.length, more };
  });
}

interface ReleaseItem {
  title: string;
  summary: string;
  url: string;
  isPremium: boolean;
}

interface ReleaseContents {
  episodes: ReleaseItem[];
  articles: ReleaseItem[];
}

async function releaseContents(
  db: Kysely<Database>,
  release: { article_ids: string[]; episode_ids: string[] },
): Promise<ReleaseContents> {
  const articles =
    release.article_ids.length === 0
      ? []
      : await db
          .selectFrom('articles')
          .select(['slug', 'title', 'summary', 'is_premium'])
          .where('id', 'in', release.article_ids)
          .where('status', '=', 'published')
          .orderBy('title')
          .execute();
  const episodes =
    release.episode_ids.length === 0
      ? []
      : await db
          .selectFrom('episodes')
          .select(['slug', 'title', 'summary', 'is_premium'])
          .where('id', 'in', release.episode_ids)
          .where('status', '=', 'published')
          .orderBy('title')
          .execute();
  return {
    articles: articles.map((row) => ({
      title: row.title,
      summary: row.summary,
      url: `/articles/${row.slug}`,
      isPremium: row.is_premium,
    })),
    episodes: episodes.map((row) => ({
      title: row.title,
      summary: row.summary,
      url: `/episodes/${row.slug}`,
      isPremium: row.is_premium,
    })),
  };
}

function baseUrl(publicUrl: string): string {
  return publicUrl.replace(/\/$/, '');
}

/**
 * Plain text, links straight to the pages (nothing counts who opens or clicks), and the unsubscribe link
 * both in the headers (a mail app's one-click button, RFC 8058) and in the text where a reader sees it.
 */
export function releaseMessage(
  to: string,
  contents: ReleaseContents,
  unsubscribeUrl: string,
  options: { isMembershipOn: boolean } = { isMembershipOn: false },
): MailMessage {
  const origin = new URL(unsubscribeUrl).origin;
  const titleOf = (item: ReleaseItem) =>
    item.isPremium && options.isMembershipOn ? `${item.title} (for premium members)` : item.title;
  const section = (heading: string, items: ReleaseItem[]) =>
    items.length === 0
      ? []
      : [
          heading,
          '',
          ...items.flatMap((item) => [
            titleOf(item),
            ...(item.summary ? [item.summary] : []),
            `${origin}${item.url}`,
            '',
          ]),
        ];
  return {
    kind: 'publication-release',
    to,
    subject: 'This week on Backstrong',
    text: [
      'This week on Backstrong:',
      '',
      ...section('Listen', contents.episodes),
      ...section('Read', contents.articles),
      'You get this email because you signed up for the Backstrong weekly publication.',
      `To stop receiving it, unsubscribe here: ${unsubscribeUrl}`,
    ].join('\n'),
    headers: {
      'List-Unsubscribe': `<${unsubscribeUrl}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    },
  };
}

/** Every release whose emails are not all queued yet (one just published, or one a crash left halfway). */
export async function releasesStillToEmail(db: Kysely<Database>): Promise<Date[]> {
  const rows = await db
    .selectFrom('releases')
    .select('slot')
    .where('emailed_at', 'is', null)
    .orderBy('slot')
    .execute();
  return rows.map((row) => new Date(row.slot));
}

/** A batch per job; one queued per slot at a time (a queued one already covers the rest). */
export async function queueReleaseEmails(boss: PgBoss, slot: Date): Promise<void> {
  const data: ReleaseEmailData = { slot: slot.toISOString() };
  await boss.send(RELEASE_EMAIL, data, { singletonKey: data.slot });
}

export async function startReleaseEmailJobs(
  boss: PgBoss,
  deps: ReleaseEmailDeps,
  pollingIntervalSeconds: number,
): Promise<void> {
  await boss.createQueue(RELEASE_EMAIL, {
    policy: 'stately',
    retryLimit: 5,
    retryDelay: 30,
    retryBackoff: true,
    expireInSeconds: 300,
    notify: true,
  });
  await boss.work(
    RELEASE_EMAIL,
    { pollingIntervalSeconds, notifyPollingIntervalSeconds: pollingIntervalSeconds },
    async ([job]) => {
      if (!job) return;
      const slot = new Date(releaseEmailDataSchema.parse(job.data).slot);
      const { more } = await queueReleaseEmailBatch(deps, slot);
      if (more) await queueReleaseEmails(boss, slot);
    },
  );
}
