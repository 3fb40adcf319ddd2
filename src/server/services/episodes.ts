import { randomUUID } from 'node:crypto';
import type {
  CreateEpisodeBody,
  Episode,
  EpisodeList,
  SaveEpisodeBody,
  ScheduleEpisodeBody,
} from '../../contract/editor-episodes.ts';
import type { MediaFile, MediaKind } from '../../contract/media.ts';
import type { ReleaseSchedule } from '../../core/publication/release-schedule.ts';
import { slugFromTitle } from '../../core/publication/slug.ts';
import { requireAccess } from '../access/access.ts';
import { type Executor, inTransaction } from '../db/executor.ts';
import {
  articleExists,
  type EpisodeRow,
  episodeNumbered,
  episodePairedWith,
  findEpisode,
  insertEpisodeOnce,
  listEpisodes,
  slugTaken,
  updateEpisode,
} from '../db/repositories/episodes.ts';
import { findMediaFile, readMediaData } from '../db/repositories/media-files.ts';
import { checkTranscript } from '../publication/media-checks/transcript.ts';
import { mediaPath } from '../publication/media-path.ts';
import { type Actor, notFound, Refusal } from './errors.ts';
import {
  type Missing,
  publishNowChange,
  type StatusChange,
  scheduleChange,
  unpublishChange,
  unscheduleChange,
} from './publication-status.ts';

async function describeMedia(db: Executor, id: string | null): Promise<MediaFile | null> {
  if (id === null) return null;
  const stored = await findMediaFile(db, id);
  if (!stored) return null;
  return {
    id: stored.id,
    kind: stored.kind,
    contentType: stored.content_type,
    url: mediaPath({ id: stored.id, extension: stored.extension }),
    byteSize: Number(stored.byte_size),
    width: stored.width,
    height: stored.height,
    durationSeconds: stored.duration_seconds,
  };
}

async function present(db: Executor, row: EpisodeRow): Promise<Episode> {
  const [media, poster, artwork, transcript, chapters] = await Promise.all(
    [
      row.media_id,
      row.poster_media_id,
      row.artwork_media_id,
      row.transcript_media_id,
      row.chapters_media_id,
    ].map((id) => describeMedia(db, id)),
  );
  return {
    id: row.id,
    guid: row.guid,
    slug: row.slug,
    status: row.status,
    title: row.title,
    summary: row.summary,
    notesMarkdown: row.notes_markdown,
    season: row.season,
    number: row.number,
    explicit: row.explicit,
    isPremium: row.is_premium,
    articleId: row.article_id,
    media: media ?? null,
    poster: poster ?? null,
    artwork: artwork ?? null,
    transcript: transcript ?? null,
    chapters: chapters ?? null,
    publishAt: row.publish_at?.toISOString() ?? null,
    publishedAt: row.published_at?.toISOString() ?? null,
    updatedAt: row.updated_at.toISOString(),
  };
}

async function requireEpisode(db: Executor, id: string): Promise<EpisodeRow> {
  const row = await findEpisode(db, id);
  if (!row) throw notFound('There is no such episode.');
  return row;
}

/** A slug no other episode has: the title's, or with the id's start added when it is taken. */
async function freeSlug(db: Executor, title: string, id: string): Promise<string> {
  const fromTitle = slugFromTitle(title, '');
  if (fromTitle === '') return `episode-${id.slice(0, 8)}`;
  if (!(await slugTaken(db, fromTitle, id))) return fromTitle;
  return `${fromTitle}-${id.slice(0, 8)}`;
}

export async function createEpisode(
  db: Executor,
  actor: Actor,
  body: CreateEpisodeBody,
  now: Date,
): Promise<{ episode: Episode; isNew: boolean }> {
  await requireAccess(db, { actor, permission: 'publication.edit' });
  const { isNew } = await insertEpisodeOnce(db, {
    id: body.id,
    // Made here once; nothing ever writes it again, so the feed's readers never see it twice.
    guid: randomUUID(),
    slug: await freeSlug(db, body.title, body.id),
    title: body.title,
    createdBy: actor.id,
    now,
  });
  return { episode: await present(db, await requireEpisode(db, body.id)), isNew };
}

export async function listEditorEpisodes(
  db: Executor,
  actor: Actor,
  page: { limit: number; offset: number },
): Promise<EpisodeList> {
  await requireAccess(db, { actor, permission: 'publication.edit' });
  const rows = await listEpisodes(db, page);
  return {
    hasMore: rows.length > page.limit,
    episodes: rows.slice(0, page.limit).map((row) => ({
      id: row.id,
      status: row.status,
      title: row.title,
      season: row.season,
      number: row.number,
      isPremium: row.is_premium,
      publishAt: row.publish_at?.toISOString() ?? null,
      publishedAt: row.published_at?.toISOString() ?? null,
      updatedAt: row.updated_at.toISOString(),
    })),
  };
}

export async function readEditorEpisode(db: Executor, actor: Actor, id: string): Promise<Episode> {
  await requireAccess(db, { actor, permission: 'publication.edit' });
  return present(db, await requireEpisode(db, id));
}

function invalidField(field: string, message: string): Refusal {
  return new Refusal('invalid', 'invalid-field', 'This cannot be saved', message, {
    errors: [{ location: `body.${field}`, message }],
  });
}

/** The file an id names, refused unless it is of one of the kinds the field takes. */
async function fileOfKind(
  db: Executor,
  field: string,
  id: string | null,
  kinds: MediaKind[],
  what: string,
): Promise<MediaFile | null> {
  if (id === null) return null;
  const file = await describeMedia(db, id);
  if (!file) throw invalidField(field, `there is no uploaded file ${id}`);
  if (!kinds.includes(file.kind)) throw invalidField(field, `this is a ${file.kind} file; ${what}`);
  return file;
}

async function transcriptText(db: Executor, id: string | null): Promise<string> {
  if (id === null) return '';
  const bytes = await readMediaData(db, id);
  const checked = bytes && checkTranscript(bytes);
  if (!checked?.ok) throw invalidField('transcriptMediaId', 'this transcript cannot be read');
  return checked.file.text ?? '';
}

export async function saveEpisode(
  db: Executor,
  actor: Actor,
  id: string,
  body: SaveEpisodeBody,
  now: Date,
): Promise<Episode> {
  await requireAccess(db, { actor, permission: 'publication.edit' });
  return inTransaction(db, async (trx) => {
    const current = await requireEpisode(trx, id);
    await fileOfKind(trx, 'mediaId', body.mediaId, ['audio', 'video'], 'the episode needs audio or video');
    await fileOfKind(trx, 'posterMediaId', body.posterMediaId, ['image'], 'a poster is an image');
    const artwork = await fileOfKind(
      trx,
      'artworkMediaId',
      body.artworkMediaId,
      ['image'],
      'artwork is an image',
    );
    if (artwork && (artwork.width !== artwork.height || (artwork.width ?? 0) < 1400)) {
      throw invalidField('artworkMediaId', 'artwork must be square and at least 1400 × 1400 px');
    }
    await fileOfKind(
      trx,
      'transcriptMediaId',
      body.transcriptMediaId,
      ['transcript'],
      'expected a transcript',
    );
    await fileOfKind(trx, 'chaptersMediaId', body.chaptersMediaId, ['chapters'], 'expected chapters');
    if (body.number !== null && (await episodeNumbered(trx, body.season, body.number, id))) {
      throw new Refusal(
        'conflict',
        'number-taken',
        'Episode number taken',
        `Season ${body.season} has an episode ${body.number} already.`,
        { errors: [{ location: 'body.number', message: 'another episode of this season has this number' }] },
      );
    }
    if (body.articleId !== null) {
      if (!(await articleExists(trx, body.articleId))) {
        throw invalidField('articleId', 'there is no such article');
      }
      const paired = await episodePairedWith(trx, body.articleId, id);
      if (paired) {
        throw new Refusal(
          'conflict',
          'article-paired',
          'Article paired already',
          `That article is paired with the episode “${paired.title}” already.`,
          { errors: [{ location: 'body.articleId', message: 'this article pairs with another episode' }] },
        );
      }
    }
    await updateEpisode(trx, id, {
      // Once published, the address stays: links to it keep working whatever the title becomes.
      slug: current.published_at === null ? await freeSlug(trx, body.title, id) : current.slug,
      title: body.title,
      summary: body.summary,
      notes_markdown: body.notesMarkdown,
      season: body.season,
      number: body.number,
      explicit: body.explicit,
      is_premium: body.isPremium,
      article_id: body.articleId,
      media_id: body.mediaId,
      poster_media_id: body.posterMediaId,
      artwork_media_id: body.artworkMediaId,
      transcript_media_id: body.transcriptMediaId,
      transcript_text: await transcriptText(trx, body.transcriptMediaId),
      chapters_media_id: body.chaptersMediaId,
      updated_at: now,
    });
    return present(trx, await requireEpisode(trx, id));
  });
}

/** What keeps an episode from going out, in the editor's words. */
async function missingFor(db: Executor, row: EpisodeRow): Promise<Missing> {
  const missing: Missing = [];
  if (row.title.trim() === '') missing.push('give it a title');
  const media = await describeMedia(db, row.media_id);
  if (!media) missing.push('upload its audio or video');
  if (media?.kind === 'video' && row.poster_media_id === null) missing.push('a video needs a poster');
  return missing;
}

async function changeStatus(
  db: Executor,
  id: string,
  now: Date,
  decide: (row: EpisodeRow, missing: Missing) => StatusChange,
): Promise<Episode> {
  return inTransaction(db, async (trx) => {
    const row = await requireEpisode(trx, id);
    const change = decide(row, await missingFor(trx, row));
    if (
      change.status !== row.status ||
      change.publish_at?.getTime() !== row.publish_at?.getTime() ||
      change.published_at?.getTime() !== row.published_at?.getTime()
    ) {
      await updateEpisode(trx, id, { ...change, updated_at: now });
    }
    return present(trx, await requireEpisode(trx, id));
  });
}

export async function scheduleEpisode(
  db: Executor,
  actor: Actor,
  id: string,
  body: ScheduleEpisodeBody,
  now: Date,
  schedule: ReleaseSchedule,
): Promise<Episode> {
  await requireAccess(db, { actor, permission: 'publication.edit' });
  const publishAt = body.publishAt === undefined ? undefined : new Date(body.publishAt);
  return changeStatus(db, id, now, (row, missing) =>
    scheduleChange(row, missing, { publishAt, now, schedule }),
  );
}

export async function unscheduleEpisode(db: Executor, actor: Actor, id: string, now: Date): Promise<Episode> {
  await requireAccess(db, { actor, permission: 'publication.edit' });
  return changeStatus(db, id, now, (row) => unscheduleChange(row));
}

export async function publishEpisodeNow(db: Executor, actor: Actor, id: string, now: Date): Promise<Episode> {
  await requireAccess(db, { actor, permission: 'publication.edit' });
  return changeStatus(db, id, now, (row, missing) => publishNowChange(row, missing, now));
}

export async function unpublishEpisode(db: Executor, actor: Actor, id: string, now: Date): Promise<Episode> {
  await requireAccess(db, { actor, permission: 'publication.edit' });
  return changeStatus(db, id, now, (row) => unpublishChange(row));
}
