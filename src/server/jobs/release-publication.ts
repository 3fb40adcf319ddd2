import type { FastifyBaseLogger } from 'fastify';
import { type Kysely, sql } from 'kysely';
import type { PgBoss } from 'pg-boss';
import { v5 as uuidv5 } from 'uuid';
import { inTransaction } from '../db/executor.ts';
import type { Database } from '../db/schema.ts';
import {
  queueReleaseEmails,
  type ReleaseEmailDeps,
  releasesStillToEmail,
  startReleaseEmailJobs,
} from './release-email.ts';
import {
  queueReleasePush,
  type ReleasePushDeps,
  releasesStillToPush,
  startReleasePushJobs,
} from './release-push.ts';

/** What one slot's release published by this run (the items another run published are not repeated). */
export interface SlotRelease {
  slot: Date;
  articleIds: string[];
  episodeIds: string[];
}

/**
 * Publishes every scheduled article and episode whose time has come by `now` (the app's clock), one
 * transaction per slot (the items' `publish_at`), and records the slot in `releases`. The updates are
 * conditional on the item still being scheduled, so two runs at once (or two instances) publish each item
 * once: the second finds nothing left, or merges only what it did publish into the slot's row.
 */
export async function publishDueItems(db: Kysely<Database>, now: Date): Promise<SlotRelease[]> {
  const due = await sql<{ slot: Date }>`
    select publish_at as slot from articles where status = 'scheduled' and publish_at <= ${now}
    union
    select publish_at as slot from episodes where status = 'scheduled' and publish_at <= ${now}
    order by slot`.execute(db);
  const releases: SlotRelease[] = [];
  for (const { slot } of due.rows) {
    const release = await inTransaction(db, async (trx) => {
      const articles = await trx
        .updateTable('articles')
        .set({ status: 'published', published_at: sql`publish_at`, updated_at: now })
        .where('status', '=', 'scheduled')
        .where('publish_at', '=', slot)
        .returning('id')
        .execute();
      const episodes = await trx
        .updateTable('episodes')
        .set({ status: 'published', published_at: sql`publish_at`, updated_at: now })
        .where('status', '=', 'scheduled')
        .where('publish_at', '=', slot)
        .returning('id')
        .execute();
      const articleIds = articles.map((row) => row.id);
      const episodeIds = episodes.map((row) => row.id);
      if (articleIds.length === 0 && episodeIds.length === 0) return undefined;
      await trx
        .insertInto('releases')
        .values({ slot, released_at: now, article_ids: articleIds, episode_ids: episodeIds })
        .onConflict((conflict) =>
          conflict.column('slot').doUpdateSet({
            article_ids: sql`releases.article_ids || excluded.article_ids`,
            episode_ids: sql`releases.episode_ids || excluded.episode_ids`,
          }),
        )
        .execute();
      return { slot: new Date(slot), articleIds, episodeIds };
    });
    if (release) releases.push(release);
  }
  return releases;
}

export const RELEASE_PUBLICATION = 'release-publication';
/** Every minute: the fallback that catches an item scheduled after the exact-time job was queued. */
export const RELEASE_PUBLICATION_CRON = '* * * * *';
/** Names the exact-time job after its instant, so queueing it again from another run is ignored. */
const EXACT_TIME_NAMESPACE = '6f1d8a52-3b4e-4c1f-9a57-2d0c5e8b7a13';

export interface ReleaseJobDeps {
  db: Kysely<Database>;
  logger: Pick<FastifyBaseLogger, 'info' | 'warn'>;
  clock?: () => Date;
  /** How each release is emailed to subscribers; without it (tools and tests that email nobody) it is not. */
  emails?: Omit<ReleaseEmailDeps, 'db' | 'clock'>;
  /** How each release is pushed to visitors and to members who want it; without it, it is not. */
  pushes?: Omit<ReleasePushDeps, 'db' | 'clock' | 'logger'>;
}

/**
 * The release job runs on a pg-boss schedule every minute (one instance claims each run), once at boot
 * (a release missed while the server was down goes out then), and at the exact instant the next item is
 * due, so a Sunday 07:00 release is not up to a minute late. A run that fires early publishes nothing.
 */
export async function startReleaseJobs(boss: PgBoss, deps: ReleaseJobDeps, pollingIntervalSeconds: number) {
  await boss.createQueue(RELEASE_PUBLICATION, {
    retryLimit: 5,
    retryDelay: 30,
    retryBackoff: true,
    expireInSeconds: 300,
    notify: true,
  });
  if (deps.emails) {
    await startReleaseEmailJobs(
      boss,
      { ...deps.emails, db: deps.db, clock: deps.clock },
      pollingIntervalSeconds,
    );
  }
  if (deps.pushes) {
    await startReleasePushJobs(
      boss,
      { ...deps.pushes, db: deps.db, clock: deps.clock, logger: deps.logger },
      pollingIntervalSeconds,
    );
  }
  await boss.work(
    RELEASE_PUBLICATION,
    { pollingIntervalSeconds, notifyPollingIntervalSeconds: pollingIntervalSeconds },
    async () => {
      await runReleasePublication(boss, deps);
    },
  );
  await boss.schedule(RELEASE_PUBLICATION, RELEASE_PUBLICATION_CRON, null, { tz: 'UTC' });
  await boss.send(RELEASE_PUBLICATION, null);
}

async function runReleasePublication(boss: PgBoss, deps: ReleaseJobDeps): Promise<void> {
  const releases = await publishDueItems(deps.db, deps.clock?.() ?? new Date());
  for (const release of releases) {
    deps.logger.info(
      {
        queue: RELEASE_PUBLICATION,
        slot: release.slot,
        articles: release.articleIds.length,
        episodes: release.episodeIds.length,
      },
      'release published',
    );
  }
  // Every release whose emails are not all queued: the ones just published, and any a crash left halfway.
  if (deps.emails)
    for (const slot of await releasesStillToEmail(deps.db)) await queueReleaseEmails(boss, slot);
  if (deps.pushes) for (const slot of await releasesStillToPush(deps.db)) await queueReleasePush(boss, slot);
  const next = await nextDueInstant(deps.db);
  if (next) {
    const id = uuidv5(next.toISOString(), EXACT_TIME_NAMESPACE);
    await boss.send(RELEASE_PUBLICATION, null, { id, startAfter: next });
  }
}

/** The earliest instant a scheduled article or episode waits for, if any. */
async function nextDueInstant(db: Kysely<Database>): Promise<Date | undefined> {
  const result = await sql<{ next: Date | null }>`
    select min(publish_at) as next from (
      select publish_at from articles where status = 'scheduled'
      union all
      select publish_at from episodes where status = 'scheduled'
    ) as waiting`.execute(db);
  const next = result.rows[0]?.next;
  return next ? new Date(next) : undefined;
}
