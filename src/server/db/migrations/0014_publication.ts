import { type Kysely, sql } from 'kysely';

/**
 * The weekly publication: articles and podcast episodes, the files they carry, the Sunday releases and
 * the free email sign-up.
 *
 * - `media_files` holds every uploaded file in the database itself, named by its content's SHA-256, so a
 *   replaced file has a new name (and URL) and every app instance serves the same bytes. Its `data` is
 *   stored EXTERNAL (out of line, uncompressed: audio and images are compressed already), so a byte range
 *   is read with substring() without loading the whole file.
 * - An article or episode is a draft, scheduled (for `publish_at`) or published; only a published one is
 *   seen anywhere outside the editing screens. An article's every save is kept in `article_revisions`.
 * - `search` columns are made by the database from the text (English full-text search).
 * - A subscriber is stored only once they confirm: the address and when they consented, nothing else.
 * - A release is one slot of the schedule (a Sunday 07:00) with what it published; `release_emails` has
 *   a row per subscriber emailed for it, so nobody is emailed twice for one release.
 * - Editors: an admin grants the role (`users.editor_since`); a coach or an admin may hold it as well.
 * - Outgoing mail may carry headers of its own (the sign-up emails' List-Unsubscribe).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('users').addColumn('editor_since', 'timestamptz').execute();
  await db.schema.alterTable('outgoing_mail').addColumn('headers', 'jsonb').execute();

  await db.schema
    .createTable('media_files')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) =>
      c.notNull().check(sql`kind in ('image', 'audio', 'video', 'transcript', 'chapters')`),
    )
    .addColumn('content_type', 'text', (c) => c.notNull())
    .addColumn('extension', 'text', (c) => c.notNull())
    .addColumn('byte_size', 'bigint', (c) => c.notNull())
    .addColumn('width', 'integer')
    .addColumn('height', 'integer')
    .addColumn('duration_seconds', 'double precision')
    .addColumn('data', 'bytea', (c) => c.notNull())
    .addColumn('uploaded_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await sql`alter table media_files alter column data set storage external`.execute(db);

  await db.schema
    .createTable('articles')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('status', 'text', (c) =>
      c.notNull().defaultTo('draft').check(sql`status in ('draft', 'scheduled', 'published')`),
    )
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('body_markdown', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('tags', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn('exercises', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn('phases', sql`integer[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn('cover_media_id', 'text', (c) => c.references('media_files.id'))
    .addColumn('cover_alt', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('publish_at', 'timestamptz')
    .addColumn('published_at', 'timestamptz')
    .addColumn('revision', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('search', sql`tsvector`, (c) =>
      c
        .generatedAlwaysAs(
          sql`setweight(to_tsvector('english'::regconfig, title), 'A') || setweight(to_tsvector('english'::regconfig, summary), 'B') || setweight(to_tsvector('english'::regconfig, body_markdown), 'C')`,
        )
        .stored(),
    )
    .execute();
  await sql`create index articles_search on articles using gin (search)`.execute(db);
  await sql`create index articles_published on articles (published_at desc) where status = 'published'`.execute(
    db,
  );
  await sql`create index articles_due on articles (publish_at) where status = 'scheduled'`.execute(db);

  await db.schema
    .createTable('article_revisions')
    .addColumn('article_id', 'text', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('revision', 'integer', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('body_markdown', 'text', (c) => c.notNull())
    .addColumn('tags', sql`text[]`, (c) => c.notNull())
    .addColumn('exercises', sql`text[]`, (c) => c.notNull())
    .addColumn('phases', sql`integer[]`, (c) => c.notNull())
    .addColumn('cover_media_id', 'text', (c) => c.references('media_files.id'))
    .addColumn('cover_alt', 'text', (c) => c.notNull())
    .addColumn('saved_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('saved_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('article_revisions_pk', ['article_id', 'revision'])
    .execute();

  await db.schema
    .createTable('episodes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    // The RSS guid: made once when the episode is created and never changed, whatever else is edited.
    .addColumn('guid', 'text', (c) => c.notNull().unique())
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('status', 'text', (c) =>
      c.notNull().defaultTo('draft').check(sql`status in ('draft', 'scheduled', 'published')`),
    )
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('notes_markdown', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('season', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('number', 'integer')
    .addColumn('explicit', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('article_id', 'text', (c) => c.unique().references('articles.id').onDelete('set null'))
    .addColumn('media_id', 'text', (c) => c.references('media_files.id'))
    .addColumn('poster_media_id', 'text', (c) => c.references('media_files.id'))
    .addColumn('artwork_media_id', 'text', (c) => c.references('media_files.id'))
    .addColumn('transcript_media_id', 'text', (c) => c.references('media_files.id'))
    /** The transcript's words without cue timings, for search. */
    .addColumn('transcript_text', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('chapters_media_id', 'text', (c) => c.references('media_files.id'))
    .addColumn('publish_at', 'timestamptz')
    .addColumn('published_at', 'timestamptz')
    .addColumn('created_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('search', sql`tsvector`, (c) =>
      c
        .generatedAlwaysAs(
          sql`setweight(to_tsvector('english'::regconfig, title), 'A') || setweight(to_tsvector('english'::regconfig, summary), 'B') || setweight(to_tsvector('english'::regconfig, transcript_text), 'C')`,
        )
        .stored(),
    )
    .execute();
  await sql`create unique index episodes_season_number on episodes (season, number) where number is not null`.execute(
    db,
  );
  await sql`create index episodes_search on episodes using gin (search)`.execute(db);
  await sql`create index episodes_published on episodes (published_at desc) where status = 'published'`.execute(
    db,
  );
  await sql`create index episodes_due on episodes (publish_at) where status = 'scheduled'`.execute(db);

  await db.schema
    .createTable('subscribers')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('email', 'text', (c) => c.notNull().unique())
    .addColumn('consented_at', 'timestamptz', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('releases')
    // The slot, as its instant in UTC (ISO 8601): one release per slot, however often the job runs.
    .addColumn('slot', 'timestamptz', (c) => c.primaryKey())
    .addColumn('released_at', 'timestamptz', (c) => c.notNull())
    .addColumn('article_ids', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn('episode_ids', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    /** When every subscriber's email for it was queued; null while some are still to queue. */
    .addColumn('emailed_at', 'timestamptz')
    .execute();
  await db.schema
    .createTable('release_emails')
    .addColumn('slot', 'timestamptz', (c) => c.notNull().references('releases.slot').onDelete('cascade'))
    .addColumn('subscriber_id', 'text', (c) => c.notNull().references('subscribers.id').onDelete('cascade'))
    .addColumn('mail_id', 'text', (c) => c.notNull())
    .addColumn('queued_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('release_emails_pk', ['slot', 'subscriber_id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('release_emails').execute();
  await db.schema.dropTable('releases').execute();
  await db.schema.dropTable('subscribers').execute();
  await db.schema.dropTable('episodes').execute();
  await db.schema.dropTable('article_revisions').execute();
  await db.schema.dropTable('articles').execute();
  await db.schema.dropTable('media_files').execute();
  await db.schema.alterTable('outgoing_mail').dropColumn('headers').execute();
  await db.schema.alterTable('users').dropColumn('editor_since').execute();
}
