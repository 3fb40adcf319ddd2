import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp, startTestServer, type TestServer } from '../testing/test-server.ts';

/** Episodes through their routes: made once per client id, saved with their files, scheduled, published. */
let server: TestServer;
let editor: { cookie: string; userId: string };
let member: { cookie: string; userId: string };
// A Thursday in winter: the next release is Sunday 6 December, 07:00 in London (GMT).
const now = new Date('2026-12-03T10:00:00Z');

beforeAll(async () => {
  server = await startTestServer({ clock: () => now });
  editor = await signUp(server.app, { email: 'eda@example.org', name: 'Eda' });
  member = await signUp(server.app, { email: 'ana@example.org', name: 'Ana' });
  await server.database.db
    .updateTable('users')
    .set({ editor_since: new Date('2026-01-01T00:00:00Z') })
    .where('id', '=', editor.userId)
    .execute();
});
afterAll(() => server.close());

const mp3 = readFileSync(new URL('../publication/media-checks/fixtures/speech.mp3', import.meta.url));
const mp4 = readFileSync(new URL('../publication/media-checks/fixtures/clip.mp4', import.meta.url));
const vtt = Buffer.from('WEBVTT\n\n00:00:00.000 --> 00:00:02.500\nHello and welcome back.\n');

type Method = 'GET' | 'POST' | 'PUT';
function call(method: Method, url: string, payload?: object, cookie = editor.cookie) {
  return server.app.inject({ method, url, headers: { cookie }, ...(payload && { payload }) });
}

async function upload(query: string, payload: Buffer): Promise<string> {
  const response = await server.app.inject({
    method: 'POST',
    url: `/api/editor/media?${query}`,
    headers: { cookie: editor.cookie, 'content-type': 'application/octet-stream' },
    payload,
  });
  expect(response.statusCode).toBeLessThan(300);
  return response.json().id;
}

function draft(overrides: object = {}) {
  return {
    title: 'Sitting at work',
    summary: 'How to sit through a working day.',
    notesMarkdown: '## Notes\n\nStand up every half hour.',
    season: 1,
    number: null,
    explicit: false,
    articleId: null,
    mediaId: null,
    posterMediaId: null,
    artworkMediaId: null,
    transcriptMediaId: null,
    chaptersMediaId: null,
    ...overrides,
  };
}

async function newEpisode(title = ''): Promise<{ id: string; guid: string }> {
  const id = randomUUID();
  const response = await call('POST', '/api/editor/episodes', { id, title });
  expect(response.statusCode).toBe(201);
  return response.json();
}

describe('episodes', () => {
  it('is made once per client-made id, with a guid that no save changes', async () => {
    const id = randomUUID();
    const first = await call('POST', '/api/editor/episodes', { id, title: 'Lifting a child' });
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({
      id,
      status: 'draft',
      slug: 'lifting-a-child',
      title: 'Lifting a child',
    });
    const guid = first.json().guid;
    expect(guid).toMatch(/^[0-9a-f-]{36}$/);
    const retry = await call('POST', '/api/editor/episodes', { id: id.toUpperCase(), title: 'Other' });
    expect(retry.statusCode).toBe(200);
    expect(retry.json()).toMatchObject({ id, guid, title: 'Lifting a child' });

    const saved = await call('PUT', `/api/editor/episodes/${id}`, draft({ title: 'Lifting a toddler' }));
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({ guid, title: 'Lifting a toddler', slug: 'lifting-a-toddler' });
    expect((await call('GET', `/api/editor/episodes/${id}`)).json().guid).toBe(guid);
    const list = (await call('GET', '/api/editor/episodes')).json();
    expect(list.episodes.map((episode: { id: string }) => episode.id)).toContain(id);
  });

  it('keeps the transcript words for search and shows each file as it was read', async () => {
    const episode = await newEpisode('Sleep');
    const mediaId = await upload('kind=audio', mp3);
    const transcriptMediaId = await upload('kind=transcript', vtt);
    const saved = await call(
      'PUT',
      `/api/editor/episodes/${episode.id}`,
      draft({ title: 'Sleep', mediaId, transcriptMediaId }),
    );
    expect(saved.statusCode).toBe(200);
    expect(saved.json().media).toMatchObject({ kind: 'audio', byteSize: mp3.byteLength });
    expect(saved.json().media.durationSeconds).toBeCloseTo(3.29, 1);
    expect(saved.json().transcript).toMatchObject({ kind: 'transcript', contentType: 'text/vtt' });
    const row = await server.database.db
      .selectFrom('episodes')
      .select('transcript_text')
      .where('id', '=', episode.id)
      .executeTakeFirstOrThrow();
    expect(row.transcript_text).toContain('Hello and welcome back.');
    expect(row.transcript_text).not.toContain('-->');
  });

  it('refuses files of the wrong kind, naming the field', async () => {
    const episode = await newEpisode();
    const transcriptId = await upload('kind=transcript', vtt);
    const response = await call(
      'PUT',
      `/api/editor/episodes/${episode.id}`,
      draft({ mediaId: transcriptId }),
    );
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json().errors[0].location).toBe('body.mediaId');
    const cover = await sharp({ create: { width: 900, height: 600, channels: 3, background: '#345' } })
      .jpeg()
      .toBuffer();
    const coverId = await upload('kind=image&purpose=cover', cover);
    const artwork = await call(
      'PUT',
      `/api/editor/episodes/${episode.id}`,
      draft({ artworkMediaId: coverId }),
    );
    expect(artwork.statusCode).toBe(400);
    expect(artwork.json().errors[0].location).toBe('body.artworkMediaId');
    const unknown = await call(
      'PUT',
      `/api/editor/episodes/${episode.id}`,
      draft({ chaptersMediaId: 'a'.repeat(64) }),
    );
    expect(unknown.statusCode).toBe(400);
  });

  it('keeps episode numbers unique within a season and pairs an article with one episode', async () => {
    const first = await newEpisode('One');
    const second = await newEpisode('Two');
    expect(
      (await call('PUT', `/api/editor/episodes/${first.id}`, draft({ title: 'One', season: 2, number: 1 })))
        .statusCode,
    ).toBe(200);
    const clash = await call(
      'PUT',
      `/api/editor/episodes/${second.id}`,
      draft({ title: 'Two', season: 2, number: 1 }),
    );
    expect(clash.statusCode).toBe(409);
    expect(clash.json().errors[0].location).toBe('body.number');
    expect(
      (await call('PUT', `/api/editor/episodes/${second.id}`, draft({ title: 'Two', season: 3, number: 1 })))
        .statusCode,
    ).toBe(200);

    const articleId = randomUUID();
    await server.database.db
      .insertInto('articles')
      .values({ id: articleId, slug: `sitting-${articleId.slice(0, 8)}`, title: 'Sitting' })
      .execute();
    expect(
      (
        await call(
          'PUT',
          `/api/editor/episodes/${first.id}`,
          draft({ title: 'One', season: 2, number: 1, articleId }),
        )
      ).json().articleId,
    ).toBe(articleId);
    const paired = await call('PUT', `/api/editor/episodes/${second.id}`, draft({ title: 'Two', articleId }));
    expect(paired.statusCode).toBe(409);
    expect(paired.json().errors[0].location).toBe('body.articleId');
    const missing = await call(
      'PUT',
      `/api/editor/episodes/${second.id}`,
      draft({ title: 'Two', articleId: 'no-such-article' }),
    );
    expect(missing.statusCode).toBe(400);
  });

  it('is scheduled for the next release by default, never for the past, and only once ready', async () => {
    const episode = await newEpisode();
    const notReady = await call('POST', `/api/editor/episodes/${episode.id}/schedule`, {});
    expect(notReady.statusCode).toBe(409);
    expect(notReady.json().detail).toBe('Not ready to publish: give it a title; upload its audio or video.');

    const mediaId = await upload('kind=audio', mp3);
    await call('PUT', `/api/editor/episodes/${episode.id}`, draft({ title: 'Walking', mediaId }));
    const scheduled = await call('POST', `/api/editor/episodes/${episode.id}/schedule`, {});
    expect(scheduled.statusCode).toBe(200);
    expect(scheduled.json()).toMatchObject({
      status: 'scheduled',
      publishAt: '2026-12-06T07:00:00.000Z',
      publishedAt: null,
    });

    const past = await call('POST', `/api/editor/episodes/${episode.id}/schedule`, {
      publishAt: '2026-12-01T07:00:00Z',
    });
    expect(past.statusCode).toBe(400);
    expect(past.json().errors[0].location).toBe('body.publishAt');
    const chosen = await call('POST', `/api/editor/episodes/${episode.id}/schedule`, {
      publishAt: '2026-12-13T07:00:00+00:00',
    });
    expect(chosen.json().publishAt).toBe('2026-12-13T07:00:00.000Z');

    const unscheduled = await call('POST', `/api/editor/episodes/${episode.id}/unschedule`);
    expect(unscheduled.json()).toMatchObject({ status: 'draft', publishAt: null });
    expect((await call('POST', `/api/editor/episodes/${episode.id}/unschedule`)).json().status).toBe('draft');
  });

  it('is published now and unpublished, and a video needs a poster first', async () => {
    const episode = await newEpisode();
    const videoId = await upload('kind=video', mp4);
    await call(
      'PUT',
      `/api/editor/episodes/${episode.id}`,
      draft({ title: 'Stretches on film', mediaId: videoId }),
    );
    const noPoster = await call('POST', `/api/editor/episodes/${episode.id}/publish`);
    expect(noPoster.statusCode).toBe(409);
    expect(noPoster.json().detail).toBe('Not ready to publish: a video needs a poster.');

    const poster = await sharp({ create: { width: 1200, height: 675, channels: 3, background: '#456' } })
      .jpeg()
      .toBuffer();
    const posterMediaId = await upload('kind=image&purpose=poster', poster);
    await call(
      'PUT',
      `/api/editor/episodes/${episode.id}`,
      draft({ title: 'Stretches on film', mediaId: videoId, posterMediaId }),
    );
    const published = await call('POST', `/api/editor/episodes/${episode.id}/publish`);
    expect(published.statusCode).toBe(200);
    expect(published.json()).toMatchObject({
      status: 'published',
      publishedAt: now.toISOString(),
      publishAt: null,
    });
    const again = await call('POST', `/api/editor/episodes/${episode.id}/publish`);
    expect(again.json().publishedAt).toBe(now.toISOString());
    const schedulePublished = await call('POST', `/api/editor/episodes/${episode.id}/schedule`, {});
    expect(schedulePublished.statusCode).toBe(409);
    // Unscheduling what is out already is the wrong move, said in words; it stays published.
    const unschedulePublished = await call('POST', `/api/editor/episodes/${episode.id}/unschedule`);
    expect(unschedulePublished.statusCode).toBe(409);
    expect(unschedulePublished.json().detail).toMatch(/unpublish it instead/);

    // Once published, its address stays whatever the title becomes.
    const renamed = await call(
      'PUT',
      `/api/editor/episodes/${episode.id}`,
      draft({ title: 'Renamed', mediaId: videoId, posterMediaId }),
    );
    expect(renamed.json().slug).toBe('stretches-on-film');
    const unpublished = await call('POST', `/api/editor/episodes/${episode.id}/unpublish`);
    expect(unpublished.json()).toMatchObject({ status: 'draft', publishedAt: null });
  });

  it('is for editors only, and names an unknown episode', async () => {
    expect((await call('GET', '/api/editor/episodes', undefined, member.cookie)).statusCode).toBe(403);
    expect((await server.app.inject({ method: 'GET', url: '/api/editor/episodes' })).statusCode).toBe(401);
    expect((await call('GET', `/api/editor/episodes/${randomUUID()}`)).statusCode).toBe(404);
    expect((await call('GET', '/api/editor/episodes/not-a-uuid')).statusCode).toBe(400);
  });
});
