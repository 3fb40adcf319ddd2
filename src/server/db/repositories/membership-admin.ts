import { sql } from 'kysely';
import type { Executor } from '../executor.ts';

/**
 * The admin's reads across every member's membership: a page of members with their current subscription
 * and comp, and the subscriptions the revenue figures are made from.
 */

/** `%`, `_` and `\` stand for themselves in a search, not as LIKE's wildcards. */
function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}

export function listMembersWithMembership(
  db: Executor,
  page: { after: { name: string; id: string } | undefined; search: string | undefined; limit: number },
) {
  let query = db
    .selectFrom('users')
    // The member's subscription that matters now, as findCurrentSubscription chooses it.
    .leftJoinLateral(
      (eb) =>
        eb
          .selectFrom('subscriptions')
          .select([
            'subscriptions.status',
            'subscriptions.period_start',
            'subscriptions.period_end',
            'subscriptions.cancel_at_period_end',
            'subscriptions.interval',
            'subscriptions.amount',
            'subscriptions.currency',
          ])
          .whereRef('subscriptions.user_id', '=', 'users.id')
          .orderBy((order) => order.case().when('subscriptions.ended_at', 'is', null).then(0).else(1).end())
          .orderBy('subscriptions.period_end', 'desc')
          .limit(1)
          .as('current'),
      (join) => join.onTrue(),
    )
    .leftJoin('membership_comps', 'membership_comps.user_id', 'users.id')
    .select([
      'users.id',
      'users.name',
      'users.email',
      'current.status',
      'current.period_start',
      'current.period_end',
      'current.cancel_at_period_end',
      'current.interval',
      'current.amount',
      'current.currency',
      'membership_comps.until as comp_until',
      'membership_comps.reason as comp_reason',
    ])
    .where('users.role', '=', 'member');
  if (page.search) {
    const pattern = likePattern(page.search);
    query = query.where((eb) =>
      eb.or([eb('users.name', 'ilike', pattern), eb('users.email', 'ilike', pattern)]),
    );
  }
  if (page.after) {
    const { name, id } = page.after;
    query = query.where(sql<boolean>`(users.name, users.id) > (${name}, ${id})`);
  }
  return query.orderBy('users.name').orderBy('users.id').limit(page.limit).execute();
}

/** Subscriptions still running, or ended since `since`: all the revenue figures need to look at. */
export function listSubscriptionsSince(db: Executor, since: Date) {
  return db
    .selectFrom('subscriptions')
    .select([
      'status',
      'period_start',
      'period_end',
      'cancel_at_period_end',
      'interval',
      'amount',
      'currency',
      'started_at',
      'ended_at',
    ])
    .where((eb) => eb.or([eb('ended_at', 'is', null), eb('ended_at', '>=', since)]))
    .execute();
}

/** Members with a comp that has not ended (no end, or ending later than now). */
export async function countCompsInForce(db: Executor, now: Date): Promise<number> {
  const row = await db
    .selectFrom('membership_comps')
    .innerJoin('users', 'users.id', 'membership_comps.user_id')
    .select((eb) => eb.fn.countAll<string>().as('count'))
    .where('users.role', '=', 'member')
    .where((eb) => eb.or([eb('membership_comps.until', 'is', null), eb('membership_comps.until', '>', now)]))
    .executeTakeFirstOrThrow();
  return Number(row.count);
}
