import type { Kysely } from 'kysely';

/**
 * Who coaches whom, from the member's side: their consent to share health data with their coach (the text
 * version and when; null when never given or revoked), when they asked for a coach, and a coach's short
 * introduction that their members read.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('users')
    .addColumn('coach_sharing_version', 'text')
    .addColumn('coach_sharing_at', 'timestamptz')
    .addColumn('coach_requested_at', 'timestamptz')
    .addColumn('coach_intro', 'text')
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('users')
    .dropColumn('coach_sharing_version')
    .dropColumn('coach_sharing_at')
    .dropColumn('coach_requested_at')
    .dropColumn('coach_intro')
    .execute();
}
