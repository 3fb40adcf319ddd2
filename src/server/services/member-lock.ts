import { sql } from 'kysely';
import type { Executor } from '../db/executor.ts';
import { Refusal, unauthenticated } from './errors.ts';

/**
 * Starts every write to a member's health data: locks the member's row for the rest of the transaction
 * (so two requests for one member, say a retried set and the original, run one after the other), and
 * refuses when the member has not consented to storing health data.
 */
export async function lockConsentingMember(trx: Executor, userId: string): Promise<void> {
  const member = await trx
    .selectFrom('users')
    .select(['id', 'health_consent_version'])
    .where('id', '=', userId)
    .forUpdate()
    .executeTakeFirst();
  if (!member) throw unauthenticated();
  if (member.health_consent_version === null) throw consentRequired();
}

/** Reading needs consent too: without it nothing was stored, and nothing is shown as if it were. */
export async function requireConsent(db: Executor, userId: string): Promise<void> {
  const member = await db
    .selectFrom('users')
    .select(sql<boolean>`health_consent_version is not null`.as('has_consent'))
    .where('id', '=', userId)
    .executeTakeFirst();
  if (!member) throw unauthenticated();
  if (!member.has_consent) throw consentRequired();
}

export function consentRequired(): Refusal {
  return new Refusal(
    'forbidden',
    'consent-required',
    'Consent needed',
    'To keep your training and health information we need your consent first. You can give it on your Account page.',
  );
}

export function idReused(): Refusal {
  return new Refusal(
    'conflict',
    'id-reused',
    'Id already used',
    'This id was already used for a different entry. Make a new id for a new entry.',
  );
}
