import { readFileSync } from 'node:fs';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp, startTestServer, type TestServer } from '../testing/test-server.ts';

/** Uploads through the route: checked by content, stored once per content, refused in plain words. */
let server: TestServer;
let editor: { cookie: string; userId: string };
let member: { cookie: string; userId: string };

beforeAll(async () => {
  server = await startTestServer();
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

function upload(cookie: string, query: string, payload: Buffer, contentType = 'application/octet-stream') {
  return server.app.inject({
    method: 'POST',
    url: `/api/editor/media?${query}`,
    headers: { cookie, 'content-type': contentType },
    payload,
  });
}

describe('POST /api/editor/media', () => {
  it('stores an MP3 once, with its duration read from the file, whatever the header says', async () => {
    const first = await upload(editor.cookie, 'kind=audio', mp3, 'text/plain');
    expect(first.statusCode).toBe(201);
    const file = first.json();
    expect(file).toMatchObject({ kind: 'audio', contentType: 'audio/mpeg', byteSize: mp3.byteLength });
    expect(file.url).toBe(`/media/${file.id}.mp3`);
    expect(file.durationSeconds).toBeCloseTo(3.29, 1);
    const again = await upload(editor.cookie, 'kind=audio', mp3);
    expect(again.statusCode).toBe(200);
    expect(again.json().id).toBe(file.id);
    const rows = await server.database.db
      .selectFrom('media_files')
      .select('id')
      .where('id', '=', file.id)
      .execute();
    expect(rows).toHaveLength(1);
  });

  it('refuses artwork that is too small, saying so as a problem', async () => {
    const small = await sharp({ create: { width: 800, height: 800, channels: 3, background: '#123' } })
      .png()
      .toBuffer();
    const response = await upload(editor.cookie, 'kind=image&purpose=artwork', small);
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json().detail).toBe(
      'This is a PNG, but artwork must be at least 1400 × 1400 px; this one is 800 × 800.',
    );
  });

  it('refuses an MP3 uploaded as a transcript, and an unknown kind', async () => {
    expect((await upload(editor.cookie, 'kind=transcript', mp3)).statusCode).toBe(400);
    expect((await upload(editor.cookie, 'kind=poem', mp3)).statusCode).toBe(400);
  });

  it('is for editors only', async () => {
    expect((await upload(member.cookie, 'kind=audio', mp3)).statusCode).toBe(403);
    expect(
      (await server.app.inject({ method: 'POST', url: '/api/editor/media?kind=audio', payload: mp3 }))
        .statusCode,
    ).toBe(401);
  });
});
