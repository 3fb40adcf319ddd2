import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { HEALTH_DATA_CONSENT } from '../../../core/consent.ts';
import type { DisabilityInstrument } from '../../../core/outcomes/index.ts';
import type { Auth } from '../../auth/auth.ts';
import { createVerifiedAccount } from '../../auth/verified-account.ts';
import { findUserByEmail } from '../../db/repositories/users.ts';
import type { Database } from '../../db/schema.ts';
import { Refusal } from '../errors.ts';
import { generateHistory, type HistorySummary } from './generate.ts';

/** Each email gets its own made-up person, the same one every time. */
export function seedOf(text: string): number {
  return createHash('sha256').update(text).digest().readUInt32BE(0);
}

/**
 * A new member account (health-data consent given, its email taken as confirmed: nobody reads a made-up address) with
 * months of generated history up to `now`. For demos and for trying the progress screens on real-looking
 * data; refuses an email that already has an account rather than mixing made-up data into a real one.
 */
export async function createMemberWithHistory(
  deps: { db: Kysely<Database>; auth: Auth },
  input: {
    email: string;
    name?: string;
    disability: DisabilityInstrument;
    now: Date;
    days?: number;
    signal?: AbortSignal;
  },
): Promise<{ userId: string; password: string; summary: HistorySummary }> {
  const email = input.email.trim().toLowerCase();
  if (await findUserByEmail(deps.db, email)) {
    throw new Refusal(
      'conflict',
      'email-taken',
      'Email already has an account',
      `${email} already has an account.`,
    );
  }
  const password = randomBytes(12).toString('base64url');
  await createVerifiedAccount(deps.auth, {
    email,
    password,
    name: input.name ?? 'Sam Sample',
    healthConsentVersion: HEALTH_DATA_CONSENT.version,
  });
  const user = await findUserByEmail(deps.db, email);
  if (!user) throw new Error('the new account vanished');
  const summary = await generateHistory(deps.db, {
    userId: user.id,
    until: input.now,
    disability: input.disability,
    seed: seedOf(email),
    ...(input.signal ? { signal: input.signal } : {}),
    ...(input.days === undefined ? {} : { days: input.days }),
  });
  return { userId: user.id, password, summary };
}
