import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishedVersion } from '../db/repositories/feed-cache.ts';
import { signUp, startTestServer, type TestServer } from '../testing/test-server.ts';

/**
 * An editor marks an article or an episode premium, on PGlite (or PostgreSQL with DATABASE_URL): saved
 * and read back, left out by older clients as free, kept with an article's revisions, and a change the
 * public feeds' kept bodies notice.
 */
let server: TestServer;
let editor: { cookie: string; userId: string };
let now = new Date('2026-12-03T10:00:00Z');
const later = () => {
  now = new Date(now.getTime() + 60_000);
};

beforeAll(async () => {
  server = await startTestServer({ clock: () => now });
  editor = await signUp(server.app, { email: 'eda@example.org', name: 'Eda' });
  await server.database.db
    .updateTable('users')
    .set({ editor_since: new Date('2026-01-01T00:00:00Z') })
    .where('id', '=', editor.userId)
    .execute();
});
afterAll(() => server.close());

function call(method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) {
  return server.app.inject({ method, url, headers: { cookie: editor.cookie }, ...(payload && { payload }) });
}

describe('a premium article', () => {
  const id = randomUUID();
  const path = `/api/editor/articles/${id}`;

  it('is free unless marked, and marking it is a save like any other: the next revision', async () => {
    const created = await call('POST', '/api/editor/articles', { id, title: 'Hinge at the hips' });
    expect(created.json().article).toMatchObject({ isPremium: false, revision: 1 });
    later();
    const saved = await call('PUT', path, { baseRevision: 1, title: 'Hinge at the hips', isPremium: true });
    expect(saved.statusCode).toBe(200);
    expect(saved.json().article).toMatchObject({
      isPremium: true,
      revision: 2,
      updatedAt: now.toISOString(),
    });
    expect((await call('GET', path)).json().article.isPremium).toBe(true);
    const list = (await call('GET', '/api/editor/articles')).json();
    expect(list.articles.find((entry: { id: string }) => entry.id === id)).toMatchObject({ isPremium: true });
  });

  it('is kept with each revision, as tags are, so restoring an older one makes it free again', async () => {
    expect((await call('GET', `${path}/revisions/1`)).json().isPremium).toBe(false);
    expect((await call('GET', `${path}/revisions/2`)).json().isPremium).toBe(true);
    const restored = await call('POST', `${path}/revisions/1/restore`, { baseRevision: 2 });
    expect(restored.json().article).toMatchObject({ revision: 3, isPremium: false });
  });

  it('a save that leaves it out, as an older client does, saves it free', async () => {
    await call('PUT', path, { baseRevision: 3, title: 'Hinge at the hips', isPremium: true });
    const older = await call('PUT', path, { baseRevision: 4, title: 'Hinge at the hips' });
    expect(older.json().article).toMatchObject({ revision: 5, isPremium: false });
  });

  it('refuses anything but true or false, naming body.isPremium', async () => {
    const response = await call('PUT', path, { baseRevision: 5, title: 'Hinge', isPremium: 'yes' });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json().errors.map((entry: { location: string }) => entry.location)).toEqual([
      'body.isPremium',
    ]);
  });

  it('once published, marking it changes the published version the feeds keep their bodies by', async () => {
    await call('POST', `${path}/publish`);
    const before = await publishedVersion(server.database.db, 'articles');
    later();
    await call('PUT', path, { baseRevision: 5, title: 'Hinge at the hips', isPremium: true });
    const after = await publishedVersion(server.database.db, 'articles');
    expect(after.count).toBe(before.count);
    expect(after.digest).not.toBe(before.digest);
  });
});

const mp3 = readFileSync(new URL('../publication/media-checks/fixtures/speech.mp3', import.meta.url));

function episodeSave(overrides: object = {}) {
  return {
    title: 'Carrying shopping',
    summary: 'Two bags, not one.',
    notesMarkdown: '',
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

describe('a premium episode', () => {
  const id = randomUUID();
  const path = `/api/editor/episodes/${id}`;

  it('is free unless marked, and saved premium it reads back so, in the list too', async () => {
    const created = await call('POST', '/api/editor/episodes', { id, title: 'Carrying shopping' });
    expect(created.json().isPremium).toBe(false);
    later();
    const saved = await call('PUT', path, episodeSave({ isPremium: true }));
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({ isPremium: true, updatedAt: now.toISOString() });
    expect((await call('GET', path)).json().isPremium).toBe(true);
    const list = (await call('GET', '/api/editor/episodes')).json();
    expect(list.episodes.find((entry: { id: string }) => entry.id === id)).toMatchObject({ isPremium: true });
  });

  it('a save that leaves it out, as an older client does, saves it free', async () => {
    expect((await call('PUT', path, episodeSave())).json().isPremium).toBe(false);
  });

  it('refuses anything but true or false, naming body.isPremium', async () => {
    const response = await call('PUT', path, episodeSave({ isPremium: 1 }));
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json().errors.map((entry: { location: string }) => entry.location)).toEqual([
      'body.isPremium',
    ]);
  });

  it('once published, marking it changes the published version the feeds keep their bodies by', async () => {
    const upload = await server.app.inject({
      method: 'POST',
      url: '/api/editor/media?kind=audio',
      headers: { cookie: editor.cookie, 'content-type': 'application/octet-stream' },
      payload: mp3,
    });
    const mediaId = upload.json().id;
    await call('PUT', path, episodeSave({ mediaId }));
    expect((await call('POST', `${path}/publish`)).statusCode).toBe(200);
    const before = await publishedVersion(server.database.db, 'episodes');
    later();
    expect((await call('PUT', path, episodeSave({ mediaId, isPremium: true }))).json().isPremium).toBe(true);
    const after = await publishedVersion(server.database.db, 'episodes');
    expect(after.count).toBe(before.count);
    expect(after.digest).not.toBe(before.digest);
  });
});
