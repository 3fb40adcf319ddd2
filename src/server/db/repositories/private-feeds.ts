import { sql } from 'kysely';
import type { Executor } from '../executor.ts';

/** The member's feed token, if they have asked for their private feed. */
export async function findFeedToken(db: Executor, memberId: string) {
  return db
    .selectFrom('private_feed_tokens')
    .select(['token', 'reset_id', 'created_at'])
    .where('user_id', '=', memberId)
    .executeTakeFirst();
}

/** Whose feed a token opens; undefined for a token that is wrong or was reset. */
export async function findMemberOfToken(db: Executor, token: string) {
  return db
    .selectFrom('private_feed_tokens')
    .select(['user_id', 'created_at'])
    .where('token', '=', token)
    .executeTakeFirst();
}

/** The member's first token; when two requests race, the first one stored wins and both get it. */
export async function insertFeedToken(db: Executor, memberId: string, token: string, now: Date) {
  await db
    .insertInto('private_feed_tokens')
    .values({ user_id: memberId, token, reset_id: null, created_at: now })
    .onConflict((conflict) => conflict.column('user_id').doNothing())
    .execute();
}

/**
 * A new token in place of the old one, which stops working with this update, unless the token there
 * was made by this very reset (a retry): one statement, so two copies of a retry racing reset once.
 * Whether it changed anything.
 */
export async function resetFeedToken(
  db: Executor,
  memberId: string,
  change: { token: string; resetId: string },
  now: Date,
): Promise<boolean> {
  const reset = await db
    .insertInto('private_feed_tokens')
    .values({ user_id: memberId, token: change.token, reset_id: change.resetId, created_at: now })
    .onConflict((conflict) =>
      conflict
        .column('user_id')
        .doUpdateSet({ token: change.token, reset_id: change.resetId, created_at: now })
        .where(sql<boolean>`private_feed_tokens.reset_id is distinct from ${change.resetId}`),
    )
    .returning('user_id')
    .executeTakeFirst();
  if (!reset) return false;
  // The uses were of the old link: a reset is what an admin asks of a shared one, so its flag clears.
  await db.deleteFrom('private_feed_uses').where('user_id', '=', memberId).execute();
  return true;
}

/** One use: a row per member, address and hour; rows older than the window go as new uses come in. */
export async function recordFeedUse(
  db: Executor,
  use: { memberId: string; addressHash: string; hour: Date; at: Date; keepSince: Date },
) {
  await db
    .insertInto('private_feed_uses')
    .values({ user_id: use.memberId, address_hash: use.addressHash, hour: use.hour, last_used_at: use.at })
    .onConflict((conflict) =>
      conflict.columns(['user_id', 'address_hash', 'hour']).doUpdateSet({ last_used_at: use.at }),
    )
    .execute();
  await db.deleteFrom('private_feed_uses').where('hour', '<', use.keepSince).execute();
}

/** Feeds used from more than `moreThan` addresses since `since`, most addresses first. */
export async function findSharedFeeds(db: Executor, since: Date, moreThan: number) {
  return db
    .selectFrom('private_feed_uses')
    .innerJoin('users', 'users.id', 'private_feed_uses.user_id')
    .select([
      'users.id as memberId',
      'users.name',
      'users.email',
      sql<string>`count(distinct private_feed_uses.address_hash)`.as('addresses'),
      sql<Date>`max(private_feed_uses.last_used_at)`.as('lastUsedAt'),
    ])
    .where('private_feed_uses.last_used_at', '>=', since)
    .groupBy(['users.id', 'users.name', 'users.email'])
    .having(sql`count(distinct private_feed_uses.address_hash)`, '>', moreThan)
    .orderBy(sql`count(distinct private_feed_uses.address_hash)`, 'desc')
    .orderBy('users.id')
    .execute();
}
