import { type Kysely, sql } from 'kysely';

/**
 * The care team's records: alerts raised for a member's coach, the message thread between a member and
 * their coach, and every coach action on a member (for the coach's time log and contacts). A coach's plan
 * change is a decision like the engine's, so decisions learn who made one (null: the engine). Members'
 * last visit lets a message reach someone who has not opened the app by email.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('coach_alerts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('member_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    // What raised it, stable across runs of the job ("pain-7:set:<id>", "stalled:since:2026-03-02"): the
    // unique index below makes a second run raise nothing, and a cause that recurs has a new key.
    .addColumn('cause', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('severity', 'text', (c) =>
      c.notNull().check(sql`severity in ('critical', 'high', 'low', 'stalled')`),
    )
    .addColumn('reason', 'text', (c) => c.notNull())
    /** Where the evidence is: { kind: 'workout' | 'measure' | 'screen' | 'decision' | 'plan', id?, on? }. */
    .addColumn('evidence', 'jsonb', (c) => c.notNull())
    .addColumn('raised_at', 'timestamptz', (c) => c.notNull())
    .addColumn('acknowledged_at', 'timestamptz')
    .addColumn('acknowledged_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('resolved_at', 'timestamptz')
    .addColumn('resolved_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('resolution_note', 'text')
    .execute();
  await db.schema
    .createIndex('coach_alerts_member_cause')
    .on('coach_alerts')
    .columns(['member_id', 'cause'])
    .unique()
    .execute();
  await db.schema
    .createIndex('coach_alerts_open')
    .on('coach_alerts')
    .columns(['member_id', 'raised_at'])
    .where(sql.ref('resolved_at'), 'is', null)
    .execute();

  await db.schema
    .createTable('messages')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('member_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('coach_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('sender', 'text', (c) => c.notNull().check(sql`sender in ('member', 'coach')`))
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('sent_at', 'timestamptz', (c) => c.notNull())
    .addColumn('read_at', 'timestamptz')
    .addColumn('emailed_at', 'timestamptz')
    .execute();
  await db.schema
    .createIndex('messages_thread')
    .on('messages')
    .columns(['member_id', 'coach_id', 'sent_at'])
    .execute();

  await db.schema
    .createTable('coach_actions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('coach_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('member_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) =>
      c.notNull().check(sql`kind in ('review', 'message', 'call', 'plan-change', 'alert')`),
    )
    .addColumn('at', 'timestamptz', (c) => c.notNull())
    .addColumn('minutes', 'integer', (c) => c.check(sql`minutes between 0 and 480`))
    .addColumn('interactive', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('note', 'text')
    .execute();
  await db.schema
    .createIndex('coach_actions_member_at')
    .on('coach_actions')
    .columns(['member_id', 'at'])
    .execute();
  await db.schema
    .createIndex('coach_actions_coach_at')
    .on('coach_actions')
    .columns(['coach_id', 'at'])
    .execute();

  await db.schema
    .alterTable('decisions')
    .addColumn('made_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .execute();
  await sql`alter table decisions drop constraint if exists decisions_source_check`.execute(db);
  await sql`alter table decisions add constraint decisions_source_check check (source in ('assessment', 'workout', 'check-in', 'screen', 'cleared', 'coach'))`.execute(
    db,
  );
  await db.schema.alterTable('users').addColumn('last_seen_at', 'timestamptz').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('users').dropColumn('last_seen_at').execute();
  await db.schema.alterTable('decisions').dropColumn('made_by').execute();
  await db.schema.dropTable('coach_actions').execute();
  await db.schema.dropTable('messages').execute();
  await db.schema.dropTable('coach_alerts').execute();
}
