import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../db/schema.ts';
import { signUp, startTestServer, type TestServer } from '../testing/test-server.ts';

/**
 * Writing articles over HTTP, on PGlite (or PostgreSQL with DATABASE_URL): the editor role granted by an
 * admin, drafts kept as revisions, stale saves refused, retries answered once, and the status moves.
 */

let server: TestServer;
// Thursday 3 December 2026, 09:00 UTC: the next release slot is Sunday 6 December, 07:00 in London.
let now = new Date('2026-12-03T09:00:00Z');
const cookies: Record<'admin' | 'coach' | 'member', string> = { admin: '', coach: '', member: '' };
const ids: Record<'admin' | 'coach' | 'member', string> = { admin: '', coach: '', member: '' };

async function account(name: 'admin' | 'coach' | 'member', role: Role) {
  const { cookie, userId } = await signUp(server.app, { email: `${name}@example.org` });
  await server.database.db.updateTable('users').set({ role }).where('id', '=', userId).execute();
  cookies[name] = cookie;
  ids[name] = userId;
}

beforeAll(async () => {
  server = await startTestServer({ clock: () => now });
  await account('admin', 'admin');
  await account('coach', 'coach');
  await account('member', 'member');
});
afterAll(() => server.close());

function call(
  as: keyof typeof cookies,
  method: 'GET' | 'POST' | 'PUT' | 'DELETE',
  url: string,
  payload?: object,
) {
  return server.app.inject({
    method,
    url,
    headers: { cookie: cookies[as] },
    ...(method === 'GET' ? {} : { payload: payload ?? {} }),
  });
}

describe('the editor role', () => {
  it('is refused to a member, with a clear problem', async () => {
    const response = await call('admin', 'PUT', `/api/admin/accounts/${ids.member}/editor`);
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({ type: 'urn:backstrong:problem:member-cannot-edit' });
  });

  it('an admin grants it to a coach, whose profile then says so, and granting again keeps the first time', async () => {
    expect((await call('coach', 'GET', '/api/me')).json().isEditor).toBe(false);
    expect((await call('coach', 'GET', '/api/editor/articles')).statusCode).toBe(403);
    expect((await call('admin', 'PUT', `/api/admin/accounts/${ids.coach}/editor`)).statusCode).toBe(200);
    const first = now;
    now = new Date(now.getTime() + 60_000);
    expect((await call('admin', 'PUT', `/api/admin/accounts/${ids.coach}/editor`)).statusCode).toBe(200);
    expect((await call('coach', 'GET', '/api/me')).json().isEditor).toBe(true);
    const list = (await call('admin', 'GET', '/api/admin/editors')).json();
    expect(list.accounts.find((entry: { id: string }) => entry.id === ids.coach).editorSince).toBe(
      first.toISOString(),
    );
    expect(list.accounts.map((entry: { id: string }) => entry.id)).not.toContain(ids.member);
  });

  it('taken away, it ends at once', async () => {
    await call('admin', 'PUT', `/api/admin/accounts/${ids.admin}/editor`);
    expect((await call('admin', 'GET', '/api/editor/articles')).statusCode).toBe(200);
    expect((await call('admin', 'DELETE', `/api/admin/accounts/${ids.admin}/editor`)).statusCode).toBe(200);
    expect((await call('admin', 'GET', '/api/editor/articles')).statusCode).toBe(403);
    expect((await call('admin', 'GET', '/api/me')).json().isEditor).toBe(false);
  });
});

describe('writing an article (the coach is an editor now)', () => {
  const articleId = randomUUID();
  const draft = { id: articleId, title: 'Knees out: why it matters', tags: ['knees', 'squat'] };

  it('creates a draft once, however often the request is sent', async () => {
    const created = await call('coach', 'POST', '/api/editor/articles', draft);
    expect(created.statusCode).toBe(201);
    expect(created.json().article).toMatchObject({
      slug: 'knees-out-why-it-matters',
      status: 'draft',
      revision: 1,
    });
    const retried = await call('coach', 'POST', '/api/editor/articles', draft);
    expect(retried.statusCode).toBe(200);
    expect(retried.json().article.id).toBe(articleId);
    const reused = await call('coach', 'POST', '/api/editor/articles', { ...draft, title: 'Another one' });
    expect(reused.statusCode).toBe(409);
    const list = (await call('coach', 'GET', '/api/editor/articles')).json();
    expect(list.articles.filter((entry: { id: string }) => entry.id === articleId)).toHaveLength(1);
    expect(list.schedule).toEqual({ timeZone: 'Europe/London', nextSlot: '2026-12-06T07:00:00.000Z' });
  });

  it('a second article of the same title gets a slug of its own', async () => {
    const other = await call('coach', 'POST', '/api/editor/articles', { ...draft, id: randomUUID() });
    expect(other.json().article.slug).toBe('knees-out-why-it-matters-2');
    expect(
      (await call('coach', 'DELETE', `/api/editor/articles/${other.json().article.id}`)).statusCode,
    ).toBe(200);
  });

  it('saves as the next revision; a save from an older revision is refused, a repeated save answered once', async () => {
    const save = {
      baseRevision: 1,
      title: 'Knees out',
      bodyMarkdown: 'Push the knees **out**.',
      phases: [2, 3],
    };
    const saved = await call('coach', 'PUT', `/api/editor/articles/${articleId}`, save);
    expect(saved.statusCode).toBe(200);
    expect(saved.json().article).toMatchObject({ revision: 2, slug: 'knees-out', phases: [2, 3] });
    const retried = await call('coach', 'PUT', `/api/editor/articles/${articleId}`, save);
    expect(retried.statusCode).toBe(200);
    expect(retried.json().article.revision).toBe(2);
    const stale = await call('coach', 'PUT', `/api/editor/articles/${articleId}`, {
      ...save,
      title: 'Other',
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({
      type: 'urn:backstrong:problem:stale-revision',
      errors: [{ location: 'body.baseRevision' }],
    });
    expect((await call('coach', 'GET', `/api/editor/articles/${articleId}`)).json().article.title).toBe(
      'Knees out',
    );
  });

  it('keeps every save: lists them, reads an old one, restores it as a new save', async () => {
    const revisions = (await call('coach', 'GET', `/api/editor/articles/${articleId}/revisions`)).json();
    expect(revisions.revisions.map((entry: { revision: number }) => entry.revision)).toEqual([2, 1]);
    const first = (await call('coach', 'GET', `/api/editor/articles/${articleId}/revisions/1`)).json();
    expect(first.title).toBe('Knees out: why it matters');
    const restored = await call('coach', 'POST', `/api/editor/articles/${articleId}/revisions/1/restore`, {
      baseRevision: 2,
    });
    expect(restored.statusCode).toBe(200);
    expect(restored.json().article).toMatchObject({
      revision: 3,
      title: 'Knees out: why it matters',
      bodyMarkdown: '',
    });
  });

  it('refuses bad input with a 4xx naming the field', async () => {
    const cases: [object, string][] = [
      [{ title: 'x'.repeat(121) }, 'body.title'],
      [{ summary: 'x'.repeat(301) }, 'body.summary'],
      [{ bodyMarkdown: 'x'.repeat(100_001) }, 'body.bodyMarkdown'],
      [{ tags: ['Capital'] }, 'body.tags.0'],
      [{ tags: ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'] }, 'body.tags'],
      [{ exercises: ['deadlift'] }, 'body.exercises.0'],
      [{ phases: [6] }, 'body.phases.0'],
      [{ coverMediaId: 'a'.repeat(64) }, 'body.coverMediaId'],
      [{ slug: 'Not A Slug' }, 'body.slug'],
    ];
    for (const [change, location] of cases) {
      const response = await call('coach', 'PUT', `/api/editor/articles/${articleId}`, {
        baseRevision: 3,
        title: 'Knees out',
        ...change,
      });
      expect(response.statusCode, location).toBeGreaterThanOrEqual(400);
      expect(response.statusCode, location).toBeLessThan(500);
      expect(
        response.json().errors?.map((entry: { location: string }) => entry.location),
        location,
      ).toContain(location);
    }
  });

  it('takes a cover that is an uploaded image, and refuses one of another kind', async () => {
    const image = 'b'.repeat(64);
    const audio = 'c'.repeat(64);
    await server.database.db
      .insertInto('media_files')
      .values([
        {
          id: image,
          kind: 'image',
          content_type: 'image/jpeg',
          extension: 'jpg',
          byte_size: 3,
          data: new Uint8Array([1, 2, 3]),
        },
        {
          id: audio,
          kind: 'audio',
          content_type: 'audio/mpeg',
          extension: 'mp3',
          byte_size: 3,
          data: new Uint8Array([1, 2, 3]),
        },
      ])
      .execute();
    const wrongKind = await call('coach', 'PUT', `/api/editor/articles/${articleId}`, {
      baseRevision: 3,
      title: 'Knees out',
      coverMediaId: audio,
    });
    expect(wrongKind.statusCode).toBe(400);
    const saved = await call('coach', 'PUT', `/api/editor/articles/${articleId}`, {
      baseRevision: 3,
      title: 'Knees out',
      coverMediaId: image,
      coverAlt: 'A squat with the knees over the toes',
    });
    expect(saved.json().article).toMatchObject({ revision: 4, coverUrl: `/media/${image}.jpg` });
  });

  it('schedules for the next release slot, refuses a time past, unschedules, publishes and unpublishes', async () => {
    const base = `/api/editor/articles/${articleId}`;
    const past = await call('coach', 'POST', `${base}/schedule`, { publishAt: '2026-12-01T07:00:00Z' });
    expect(past.statusCode).toBe(400);
    expect(past.json().errors[0].location).toBe('body.publishAt');
    const scheduled = await call('coach', 'POST', `${base}/schedule`, {});
    expect(scheduled.json().article).toMatchObject({
      status: 'scheduled',
      publishAt: '2026-12-06T07:00:00.000Z',
    });
    const slugNow = await call('coach', 'PUT', base, {
      baseRevision: 4,
      title: 'Knees out',
      slug: 'new-slug',
    });
    expect(slugNow.statusCode).toBe(409);
    expect(slugNow.json().errors[0].location).toBe('body.slug');
    expect((await call('coach', 'POST', `${base}/unpublish`)).statusCode).toBe(409);
    const unscheduled = await call('coach', 'POST', `${base}/unschedule`);
    expect(unscheduled.json().article).toMatchObject({ status: 'draft', publishAt: null });
    const published = await call('coach', 'POST', `${base}/publish`);
    expect(published.json().article).toMatchObject({ status: 'published', publishedAt: now.toISOString() });
    expect((await call('coach', 'POST', `${base}/schedule`, {})).statusCode).toBe(409);
    const unpublished = await call('coach', 'POST', `${base}/unpublish`);
    expect(unpublished.json().article).toMatchObject({ status: 'draft', wasPublished: true });
    // Once public, it keeps its record: unpublished, never deleted.
    expect((await call('coach', 'DELETE', base)).statusCode).toBe(409);
  });

  it('is not there for anyone but editors', async () => {
    expect((await call('member', 'GET', `/api/editor/articles/${articleId}`)).statusCode).toBe(403);
    expect(
      (await call('admin', 'POST', '/api/editor/articles', { id: randomUUID(), title: 'No' })).statusCode,
    ).toBe(403);
  });
});
