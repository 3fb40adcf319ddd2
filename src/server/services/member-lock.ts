import type { Executor } from '../db/executor.ts';
import { Refusal, unauthenticated } from './errors.ts';

/**
 * Starts every write to a member's health data, after its access check: locks the member's row for the
 * rest of the transaction, so two requests for one member (say a retried set and the original) run one
 * after the other. Whether the write may happen at all is `requireAccess`'s to say; consent, once given,
 * is only ever taken away by erasing the account, which this lock finds.
 */
export async function lockMember(trx: Executor, memberId: string): Promise<void> {
  const member = await trx
    .selectFrom('users')
    .select('id')
    .where('id', '=', memberId)
    .forUpdate()
    .executeTakeFirst();
  if (!member) throw unauthenticated();
}

export function idReused(): Refusal {
  return new Refusal(
    'conflict',
    'id-reused',
    'Id already used',
    'This id was already used for a different entry. Make a new id for a new entry.',
  );
}
