import type { Kysely } from 'kysely';
import { parseBuffer } from 'music-metadata';
import { v5 as uuidv5 } from 'uuid';
import {
  nextReleaseSlot,
  previousReleaseSlot,
  type ReleaseSchedule,
} from '../../core/publication/release-schedule.ts';
import { storeOwnMediaFile } from '../db/repositories/media-files.ts';
import type { Database } from '../db/schema.ts';
import { type DemoArticle, readDemoArticles, readDemoEpisodes, vttToText } from './demo-content.ts';

const SEED_NAME = 'demo-publication';
/** Article ids are UUIDv5s of their slug in this namespace, so every seed names them the same. */
const DEMO_ARTICLE_NAMESPACE = '0b6f2d7e-8a43-4c5e-9d21-5f0a7c3e9b11';

/** The slot a piece's `sunday` names, counted from the seed's clock. */
export function slotOfSunday(sunday: number, now: Date, schedule: ReleaseSchedule): Date {
  if (sunday > 0) return nextReleaseSlot(new Date(now.getTime() + 1), schedule);
  let slot = previousReleaseSlot(now, schedule);
  for (let week = -1; week > sunday; week--)
    slot = previousReleaseSlot(new Date(slot.getTime() - 1), schedule);
  return slot;
}

export function demoArticleId(slug: string): string {
  return uuidv5(`article:${slug}`, DEMO_ARTICLE_NAMESPACE);
}

function placed(sunday: number, now: Date, schedule: ReleaseSchedule) {
  const slot = slotOfSunday(sunday, now, schedule);
  return sunday > 0
    ? { status: 'scheduled' as const, publish_at: slot, published_at: null }
    : { status: 'published' as const, publish_at: slot, published_at: slot };
}

async function insertArticle(
  db: Kysely<Database>,
  article: DemoArticle,
  now: Date,
  schedule: ReleaseSchedule,
) {
  const id = demoArticleId(article.slug);
  const content = {
    title: article.title,
    summary: article.summary,
    body_markdown: article.bodyMarkdown,
    tags: article.tags,
    exercises: article.exercises,
    phases: article.phases,
    is_premium: article.isPremium,
  };
  const inserted = await db
    .insertInto('articles')
    .values({ id, slug: article.slug, ...content, ...placed(article.sunday, now, schedule), revision: 1 })
    .onConflict((conflict) => conflict.doNothing())
    .returning('id')
    .executeTakeFirst();
  if (inserted) {
    await db
      .insertInto('article_revisions')
      .values({ article_id: id, revision: 1, ...content, cover_alt: '', saved_at: now.toISOString() })
      .execute();
  }
}

/**
 * The demo publication on a fresh database: seven articles and three episodes with their audio,
 * transcripts and chapters, released on past Sundays but one of each, scheduled for the next Sunday.
 * One episode and its article are premium pieces, not the latest, so the newest of each stays free.
 * Runs once (seed_runs), and every row has a fixed key, so a second run adds nothing either way.
 */
export async function seedDemoPublication(
  db: Kysely<Database>,
  options: { now: Date; schedule: ReleaseSchedule },
): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const claimed = await trx
      .insertInto('seed_runs')
      .values({ name: SEED_NAME })
      .onConflict((conflict) => conflict.column('name').doNothing())
      .returning('name')
      .executeTakeFirst();
    if (!claimed) return false;
    for (const article of readDemoArticles())
      await insertArticle(trx, article, options.now, options.schedule);
    for (const episode of readDemoEpisodes()) {
      const metadata = await parseBuffer(episode.audio, { mimeType: 'audio/mpeg' }, { duration: true });
      const audioId = await storeOwnMediaFile(trx, {
        kind: 'audio',
        contentType: 'audio/mpeg',
        extension: 'mp3',
        data: episode.audio,
        durationSeconds: metadata.format.duration ?? 0,
      });
      const transcriptId = await storeOwnMediaFile(trx, {
        kind: 'transcript',
        contentType: 'text/vtt',
        extension: 'vtt',
        data: new TextEncoder().encode(episode.transcriptVtt),
      });
      const chaptersId = await storeOwnMediaFile(trx, {
        kind: 'chapters',
        contentType: 'application/json+chapters',
        extension: 'json',
        data: new TextEncoder().encode(episode.chaptersJson),
      });
      await trx
        .insertInto('episodes')
        .values({
          id: episode.guid,
          guid: episode.guid,
          slug: episode.slug,
          title: episode.title,
          summary: episode.summary,
          notes_markdown: episode.notesMarkdown,
          number: episode.number,
          is_premium: episode.isPremium,
          article_id: demoArticleId(episode.articleSlug),
          media_id: audioId,
          transcript_media_id: transcriptId,
          transcript_text: vttToText(episode.transcriptVtt),
          chapters_media_id: chaptersId,
          ...placed(episode.sunday, options.now, options.schedule),
        })
        .onConflict((conflict) => conflict.doNothing())
        .execute();
    }
    return true;
  });
}
