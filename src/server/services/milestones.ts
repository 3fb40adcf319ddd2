import type { Kysely } from 'kysely';
import type { DisabilityInstrument } from '../../core/outcomes/index.ts';
import { type Milestone, milestonesToCelebrate, reachedMilestones } from '../../core/progress/index.ts';
import { requireAccess } from '../access/access.ts';
import { insertSeenMilestones, listSeenMilestoneKeys } from '../db/repositories/milestones.ts';
import type { Database } from '../db/schema.ts';
import { type Actor, Refusal } from './errors.ts';
import { loadHistory } from './progress.ts';

/** The milestones to celebrate today: reached in the member's history, fresh, and seen on no device yet. */
export async function milestonesToShow(
  db: Kysely<Database>,
  actor: Actor,
  memberId: string,
  today: string,
  disability: DisabilityInstrument,
): Promise<Milestone[]> {
  await requireAccess(db, { actor, permission: 'member.data.read', memberId });
  return db
    .transaction()
    .setIsolationLevel('repeatable read')
    .execute(async (trx) => {
      const [history, seen] = await Promise.all([
        loadHistory(trx, memberId, today, disability),
        listSeenMilestoneKeys(trx, memberId),
      ]);
      return milestonesToCelebrate(reachedMilestones(history), new Set(seen), today);
    });
}

/**
 * Marks milestones seen, once for good. Only a milestone the member's history shows can be marked, so what
 * is stored is bounded by their real training; marking one already seen changes nothing.
 */
export async function markMilestonesSeen(
  db: Kysely<Database>,
  actor: Actor,
  memberId: string,
  input: { keys: readonly string[]; today: string },
  context: { disability: DisabilityInstrument; now: Date },
): Promise<string[]> {
  await requireAccess(db, { actor, permission: 'member.data.write', memberId });
  return db
    .transaction()
    .setIsolationLevel('repeatable read')
    .execute(async (trx) => {
      const history = await loadHistory(trx, memberId, input.today, context.disability);
      const reached = new Set(reachedMilestones(history).map((milestone) => milestone.key));
      const unknown = input.keys.filter((key) => !reached.has(key));
      if (unknown.length > 0) {
        const message = `not a milestone you have reached: ${unknown.join(', ')}`;
        throw new Refusal('invalid', 'unknown-milestone', 'Not a milestone you have reached', message, {
          errors: [{ location: 'body.keys', message }],
        });
      }
      const keys = [...new Set(input.keys)];
      await insertSeenMilestones(trx, memberId, keys, context.now);
      return keys;
    });
}
