import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../database.ts';
import { createTestDatabase } from '../test-database.ts';

describe('0014 publication', () => {
  let database: DatabaseHandle;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database.close();
  });

  it('makes an article findable by English full-text search as soon as it is written', async () => {
    const { db } = database;
    await db
      .insertInto('articles')
      .values({
        id: 'a1',
        slug: 'why-hips',
        title: 'Why the hips matter',
        summary: 'Strong hips take work off the back',
        body_markdown: 'Squatting and hinging strengthen the gluteal muscles.',
        tags: ['hips', 'basics'],
        phases: [1, 2],
      })
      .execute();
    const found = await db
      .selectFrom('articles')
      .select(['slug', 'tags', 'phases'])
      .where(sql<boolean>`search @@ websearch_to_tsquery('english', ${'squats muscle'})`)
      .execute();
    expect(found).toEqual([{ slug: 'why-hips', tags: ['hips', 'basics'], phases: [1, 2] }]);
  });

  it('reads a byte range of a stored file without the rest', async () => {
    const { db } = database;
    const bytes = new Uint8Array(4096).map((_, i) => i % 251);
    await db
      .insertInto('media_files')
      .values({
        id: 'f1',
        kind: 'audio',
        content_type: 'audio/mpeg',
        extension: 'mp3',
        byte_size: 4096,
        data: bytes,
      })
      .execute();
    const row = await db
      .selectFrom('media_files')
      .select([sql<Uint8Array>`substring(data from ${1001} for ${10})`.as('part'), 'byte_size'])
      .where('id', '=', 'f1')
      .executeTakeFirstOrThrow();
    expect([...row.part]).toEqual([...bytes.slice(1000, 1010)]);
    expect(Number(row.byte_size)).toBe(4096);
  });
});
