/**
 * Stored files as podcast apps and players fetch them: byte ranges exact to the byte, HEAD, 304, the
 * caching headers, and only published items' files for the public (editors see all), on the real app.
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MediaKind } from '../db/schema.ts';
import { mediaPath } from '../publication/media-path.ts';
import { signUp, startTestServer, type TestServer } from '../testing/test-server.ts';
import { MEDIA_CHUNK_BYTES } from './media-body.ts';

const IMMUTABLE = 'public, max-age=31536000, immutable';

let server: TestServer;
let editorCookie: string;
let memberCookie: string;

interface Fixture {
  id: string;
  extension: string;
  bytes: Buffer;
  url: string;
}

async function storeFile(
  bytes: Buffer,
  kind: MediaKind,
  contentType: string,
  extension: string,
): Promise<Fixture> {
  const id = createHash('sha256').update(bytes).digest('hex');
  await server.database.db
    .insertInto('media_files')
    .values({ id, kind, content_type: contentType, extension, byte_size: bytes.length, data: bytes })
    .execute();
  return { id, extension, bytes, url: mediaPath({ id, extension }) };
}

async function episodeWith(
  status: 'draft' | 'scheduled' | 'published',
  files: { media_id?: string; artwork_media_id?: string; transcript_media_id?: string },
): Promise<void> {
  const id = randomUUID();
  await server.database.db
    .insertInto('episodes')
    .values({
      id,
      guid: randomUUID(),
      slug: `episode-${id}`,
      status,
      title: 'Hinges without fear',
      publish_at: status === 'scheduled' ? new Date(Date.now() + 86_400_000) : null,
      published_at: status === 'published' ? new Date() : null,
      ...files,
    })
    .execute();
}

let audio: Fixture;
let longAudio: Fixture;
let cover: Fixture;
let unpublishedAudio: Fixture;
let draftTranscript: Fixture;

beforeAll(async () => {
  server = await startTestServer();
  const editor = await signUp(server.app, { email: 'editor@example.org', name: 'Eda Editor' });
  await server.database.db
    .updateTable('users')
    .set({ editor_since: new Date() })
    .where('id', '=', editor.userId)
    .execute();
  editorCookie = editor.cookie;
  memberCookie = (await signUp(server.app, { email: 'member@example.org' })).cookie;

  audio = await storeFile(randomBytes(10_000), 'audio', 'audio/mpeg', 'mp3');
  longAudio = await storeFile(randomBytes(3 * MEDIA_CHUNK_BYTES + 12_345), 'audio', 'audio/mpeg', 'mp3');
  cover = await storeFile(randomBytes(2_000), 'image', 'image/jpeg', 'jpg');
  unpublishedAudio = await storeFile(randomBytes(5_000), 'audio', 'audio/mp4', 'm4a');
  draftTranscript = await storeFile(
    Buffer.from('WEBVTT\n\n00:00.000 --> 00:01.000\nHello\n'),
    'transcript',
    'text/vtt',
    'vtt',
  );

  await episodeWith('published', { media_id: audio.id });
  await episodeWith('published', { media_id: longAudio.id });
  await episodeWith('scheduled', { media_id: unpublishedAudio.id });
  await episodeWith('draft', { transcript_media_id: draftTranscript.id });
  await server.database.db
    .insertInto('articles')
    .values({
      id: randomUUID(),
      slug: 'sitting-well',
      status: 'published',
      title: 'Sitting well',
      cover_media_id: cover.id,
      published_at: new Date(),
    })
    .execute();
}, 60_000);

afterAll(() => server?.close());

function fetchMedia(url: string, headers: Record<string, string> = {}, method: 'GET' | 'HEAD' = 'GET') {
  return server.app.inject({ method, url, headers });
}

describe('a published file, whole', () => {
  it('is sent with its type, length and the headers that let it be cached for good', async () => {
    const response = await fetchMedia(audio.url);
    expect(response.statusCode).toBe(200);
    expect(response.rawPayload.equals(audio.bytes)).toBe(true);
    expect(response.headers).toMatchObject({
      'content-type': 'audio/mpeg',
      'content-length': String(audio.bytes.length),
      'accept-ranges': 'bytes',
      etag: `"${audio.id}"`,
      'cache-control': IMMUTABLE,
      'cross-origin-resource-policy': 'cross-origin',
    });
    expect(new Date(String(response.headers['last-modified'])).getTime()).toBeLessThanOrEqual(Date.now());
  });

  it("serves an article's cover as well", async () => {
    const response = await fetchMedia(cover.url);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('image/jpeg');
    expect(response.rawPayload.equals(cover.bytes)).toBe(true);
  });

  it('streams a file of several chunks whole, byte for byte', async () => {
    const response = await fetchMedia(longAudio.url);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-length']).toBe(String(longAudio.bytes.length));
    expect(response.rawPayload.length).toBe(longAudio.bytes.length);
    expect(response.rawPayload.equals(longAudio.bytes)).toBe(true);
  });

  it('answers HEAD with the same headers and no body', async () => {
    const response = await fetchMedia(longAudio.url, {}, 'HEAD');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-length']).toBe(String(longAudio.bytes.length));
    expect(response.headers['accept-ranges']).toBe('bytes');
    expect(response.headers.etag).toBe(`"${longAudio.id}"`);
    expect(response.rawPayload.length).toBe(0);
  });

  it('answers 304 with no body to a client that has it already', async () => {
    for (const ifNoneMatch of [`"${audio.id}"`, `"other", W/"${audio.id}"`, '*']) {
      const response = await fetchMedia(audio.url, { 'if-none-match': ifNoneMatch });
      expect(response.statusCode).toBe(304);
      expect(response.rawPayload.length).toBe(0);
      expect(response.headers.etag).toBe(`"${audio.id}"`);
    }
    expect((await fetchMedia(audio.url, { 'if-none-match': '"something-else"' })).statusCode).toBe(200);
  });
});

describe('byte ranges', () => {
  it.each([
    ['bytes=100-1099', 100, 1099],
    ['bytes=9000-', 9000, 9999],
    ['bytes=-500', 9500, 9999],
    ['bytes=9990-20000', 9990, 9999],
  ])('%s is 206 with exactly those bytes', async (range, start, end) => {
    const response = await fetchMedia(audio.url, { range });
    expect(response.statusCode).toBe(206);
    expect(response.headers['content-range']).toBe(`bytes ${start}-${end}/${audio.bytes.length}`);
    expect(response.headers['content-length']).toBe(String(end - start + 1));
    expect(response.rawPayload.equals(audio.bytes.subarray(start, end + 1))).toBe(true);
  });

  it('sends a range spanning chunks of a long file exactly', async () => {
    const start = MEDIA_CHUNK_BYTES - 7;
    const end = 2 * MEDIA_CHUNK_BYTES + 100;
    const response = await fetchMedia(longAudio.url, { range: `bytes=${start}-${end}` });
    expect(response.statusCode).toBe(206);
    expect(response.rawPayload.equals(longAudio.bytes.subarray(start, end + 1))).toBe(true);
  });

  it('answers 416 with the size for a range past the end', async () => {
    for (const range of ['bytes=10000-', 'bytes=20000-20010', 'bytes=-0']) {
      const response = await fetchMedia(audio.url, { range });
      expect(response.statusCode).toBe(416);
      expect(response.headers['content-range']).toBe(`bytes */${audio.bytes.length}`);
    }
  });

  it('answers several ranges with the whole file', async () => {
    const response = await fetchMedia(audio.url, { range: 'bytes=0-9,100-199' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-range']).toBeUndefined();
    expect(response.rawPayload.equals(audio.bytes)).toBe(true);
  });

  it('answers HEAD with a range with its headers and no body', async () => {
    const response = await fetchMedia(audio.url, { range: 'bytes=0-1' }, 'HEAD');
    expect(response.statusCode).toBe(206);
    expect(response.headers['content-range']).toBe(`bytes 0-1/${audio.bytes.length}`);
    expect(response.rawPayload.length).toBe(0);
  });
});

describe('files not published', () => {
  it("are 404 to the public and to members, and not cached: a scheduled episode's audio, a draft's transcript", async () => {
    for (const file of [unpublishedAudio, draftTranscript]) {
      for (const headers of [{}, { cookie: memberCookie }] as Record<string, string>[]) {
        const response = await fetchMedia(file.url, headers);
        expect(response.statusCode).toBe(404);
        expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
        expect(response.headers['cache-control']).toBe('no-store');
      }
    }
  });

  it('are sent to an editor, kept out of shared caches', async () => {
    for (const file of [unpublishedAudio, draftTranscript]) {
      const response = await fetchMedia(file.url, { cookie: editorCookie });
      expect(response.statusCode).toBe(200);
      expect(response.headers['cache-control']).toBe('private, no-store');
      expect(response.rawPayload.equals(file.bytes)).toBe(true);
    }
    const range = await fetchMedia(unpublishedAudio.url, { cookie: editorCookie, range: 'bytes=-10' });
    expect(range.statusCode).toBe(206);
    expect(range.rawPayload.equals(unpublishedAudio.bytes.subarray(-10))).toBe(true);
  });

  it('become public the moment their episode is published', async () => {
    const file = await storeFile(randomBytes(300), 'audio', 'audio/mpeg', 'mp3');
    await episodeWith('scheduled', { media_id: file.id });
    expect((await fetchMedia(file.url)).statusCode).toBe(404);
    await server.database.db
      .updateTable('episodes')
      .set({ status: 'published', published_at: new Date() })
      .where('media_id', '=', file.id)
      .execute();
    expect((await fetchMedia(file.url)).statusCode).toBe(200);
  });
});

describe('paths that name no file', () => {
  it('are 404: the wrong extension, an unknown hash, not a hash at all', async () => {
    for (const url of [
      `/media/${audio.id}.m4a`,
      `/media/${audio.id}.MP3`,
      `/media/${'0'.repeat(64)}.mp3`,
      '/media/not-a-hash.mp3',
      `/media/${audio.id}`,
    ]) {
      for (const cookie of [undefined, editorCookie]) {
        const response = await fetchMedia(url, cookie ? { cookie } : {});
        expect(response.statusCode, url).toBe(404);
      }
    }
  });
});
