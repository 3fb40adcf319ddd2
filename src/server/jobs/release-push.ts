/**
 * The publication's release by Web Push: once per release, to every visitor who asked for the free
 * podcast notification (their browser's subscription, no account), and to each member who turned the
 * publication on in their notification settings, through `notifyMember` so their quiet hours and weekly
 * cap apply. Each visitor's push is claimed in `release_push_deliveries` before it is sent and a
 * member's notification is stored once per cause, so a job run twice pushes once; `release_pushes` marks
 * the release done, and a release not yet marked is queued again by the next release run.
 */
import type { FastifyBaseLogger } from 'fastify';
import { type Kysely, sql } from 'kysely';
import type { PgBoss } from 'pg-boss';
import { v5 as uuidv5 } from 'uuid';
import { z } from 'zod';
import type { PushPayload } from '../../contract/notifications.ts';
import type { DisabilityInstrument } from '../../core/outcomes/index.ts';
import {
  claimReleasePush,
  markReleasePushSent,
  releaseReleasePush,
} from '../db/repositories/push-deliveries.ts';
import { deletePushSubscription, markPushSent } from '../db/repositories/push-subscriptions.ts';
import type { Database } from '../db/schema.ts';
import type { PushSender } from '../push/push-sender.ts';
import { type NotificationDelivery, notifyMember } from '../services/notify.ts';

export const PUSH_RELEASE = 'push-release';
const JOB_NAMESPACE = 'c7d1e5b2-96a0-4f0b-8e3c-5a1d2f7b9e40';
const CLAIM_SECONDS = 120;

export const pushReleaseDataSchema = z.object({ slot: z.iso.datetime() }).strict();

export interface ReleasePushDeps {
  db: Kysely<Database>;
  push: PushSender;
  delivery: NotificationDelivery;
  clinicTimeZone: string;
  disability: DisabilityInstrument;
  logger: Pick<FastifyBaseLogger, 'info' | 'warn'>;
  clock?: () => Date;
}

/** Releases whose pushes are not all done, oldest first. */
export async function releasesStillToPush(db: Kysely<Database>): Promise<Date[]> {
  const rows = await db
    .selectFrom('releases as r')
    .select('r.slot')
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(selectFrom('release_pushes as p').select(sql`1`.as('one')).whereRef('p.slot', '=', 'r.slot')),
      ),
    )
    .orderBy('r.slot')
    .execute();
  return rows.map((row) => new Date(row.slot));
}

/** One job per release: queueing it again while it waits or runs is ignored. */
export async function queueReleasePush(boss: PgBoss, slot: Date): Promise<void> {
  const data = { slot: slot.toISOString() } satisfies z.infer<typeof pushReleaseDataSchema>;
  await boss.send(PUSH_RELEASE, data, { id: uuidv5(data.slot, JOB_NAMESPACE) });
}

/** What the push says: the release's episode (the podcast notification is what visitors asked for), else its article. */
async function releaseHeadline(
  db: Kysely<Database>,
  release: { article_ids: string[]; episode_ids: string[] },
) {
  const episode =
    release.episode_ids.length === 0
      ? undefined
      : await db
          .selectFrom('episodes')
          .select(['slug', 'title', 'summary'])
          .where('id', 'in', release.episode_ids)
          .where('status', '=', 'published')
          .orderBy('title')
          .executeTakeFirst();
  if (episode) {
    return {
      title: `New episode: ${episode.title}`,
      body: episode.summary,
      path: `/episodes/${episode.slug}`,
    };
  }
  const article =
    release.article_ids.length === 0
      ? undefined
      : await db
          .selectFrom('articles')
          .select(['slug', 'title', 'summary'])
          .where('id', 'in', release.article_ids)
          .where('status', '=', 'published')
          .orderBy('title')
          .executeTakeFirst();
  if (article) {
    return {
      title: `New article: ${article.title}`,
      body: article.summary,
      path: `/articles/${article.slug}`,
    };
  }
  return undefined;
}

export interface ReleasePushOutcome {
  visitorsPushed: number;
  membersNotified: number;
  failed: number;
}

/**
 * Pushes one release. Visitors who subscribed by the time it was released get it; a failed push makes
 * the run throw after the others, so the retry pushes only what is still owed.
 */
export async function pushRelease(deps: ReleasePushDeps, slot: Date): Promise<ReleasePushOutcome> {
  const outcome: ReleasePushOutcome = { visitorsPushed: 0, membersNotified: 0, failed: 0 };
  const { db } = deps;
  const now = () => deps.clock?.() ?? new Date();
  const release = await db.selectFrom('releases').selectAll().where('slot', '=', slot).executeTakeFirst();
  if (!release) return outcome;
  const done = await db
    .selectFrom('release_pushes')
    .select('slot')
    .where('slot', '=', slot)
    .executeTakeFirst();
  if (done) return outcome;
  const headline = await releaseHeadline(db, release);
  if (headline) {
    const payload: PushPayload = { kind: 'publication', ...headline, tag: 'publication', isVisitor: true };
    const visitors = await db
      .selectFrom('push_subscriptions')
      .selectAll()
      .where('user_id', 'is', null)
      .where('created_at', '<=', release.released_at)
      .orderBy('id')
      .execute();
    for (const subscription of visitors) {
      const delivery = { slot, subscriptionId: subscription.id };
      const claimedAt = now();
      const staleBefore = new Date(claimedAt.getTime() - CLAIM_SECONDS * 1000);
      if (!(await claimReleasePush(db, { ...delivery, now: claimedAt, staleBefore }))) continue;
      const result = await deps.push.send(subscription, payload);
      if (result.outcome === 'sent') {
        await markReleasePushSent(db, { ...delivery, now: now() });
        await markPushSent(db, subscription.id, now());
        outcome.visitorsPushed += 1;
      } else if (result.outcome === 'gone') {
        await deletePushSubscription(db, subscription.id);
      } else {
        await releaseReleasePush(db, delivery);
        deps.logger.warn(
          { slot, subscriptionId: subscription.id, reason: result.reason },
          'release push could not be sent: will try again',
        );
        outcome.failed += 1;
      }
    }
    // Members who turned the publication on; the rules hold it in their quiet hours or past their cap.
    const members = await db
      .selectFrom('notification_settings')
      .select('user_id')
      .where(sql<boolean>`not (off_kinds @> ${JSON.stringify(['publication'])}::jsonb)`)
      .orderBy('user_id')
      .execute();
    const candidate = {
      kind: 'publication' as const,
      about: slot.toISOString(),
      dueAt: new Date(release.released_at),
    };
    for (const { user_id: memberId } of members) {
      const [sent] = await notifyMember(db, memberId, [{ candidate, content: headline }], {
        delivery: deps.delivery,
        clinicTimeZone: deps.clinicTimeZone,
        disability: deps.disability,
        now: now(),
      });
      if (sent?.notificationId) outcome.membersNotified += 1;
    }
  }
  if (outcome.failed > 0)
    throw new Error(`${outcome.failed} push(es) of the release of ${slot.toISOString()} failed`);
  await db
    .insertInto('release_pushes')
    .values({ slot, pushed_at: now() })
    .onConflict((conflict) => conflict.column('slot').doNothing())
    .execute();
  return outcome;
}

export async function startReleasePushJobs(
  boss: PgBoss,
  deps: ReleasePushDeps,
  pollingIntervalSeconds: number,
) {
  await boss.createQueue(PUSH_RELEASE, {
    retryLimit: 6,
    retryDelay: 15,
    retryBackoff: true,
    retryDelayMax: 300,
    // Every visitor in one run, each push with its own timeout: longer than a notification's.
    expireInSeconds: 900,
    notify: true,
  });
  await boss.work(
    PUSH_RELEASE,
    { pollingIntervalSeconds, notifyPollingIntervalSeconds: pollingIntervalSeconds },
    async ([job]) => {
      if (!job) return;
      const slot = new Date(pushReleaseDataSchema.parse(job.data).slot);
      const outcome = await pushRelease(deps, slot);
      if (outcome.visitorsPushed + outcome.membersNotified > 0) {
        deps.logger.info({ queue: PUSH_RELEASE, slot, ...outcome }, 'release pushed');
      }
    },
  );
}
