import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../db/database.ts';
import { countAttempt } from '../db/repositories/subscription-limits.ts';
import { createTestDatabase } from '../db/test-database.ts';
import { countSignUp, limitKey, type SubscriptionLimits } from './subscription-limits.ts';

const linkKey = Buffer.alloc(32, 7);
const limits: SubscriptionLimits = { perClientAddress: 4, perEmail: 2, windowSeconds: 3600 };
let database: DatabaseHandle;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

describe('the sign-up counters in the database', () => {
  it('give each of many attempts at once its own number (one upsert, no lost increments)', async () => {
    const windowStart = new Date('2026-12-01T10:00:00Z');
    const counts = await Promise.all(
      Array.from({ length: 25 }, () => countAttempt(database.db, 'address:same', windowStart)),
    );
    expect([...counts].sort((a, b) => a - b)).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
  });

  it('refuse an email past its limit until the window ends, saying how long to wait', async () => {
    const at = (time: string) => ({ limits, linkKey, now: new Date(`2026-12-01T${time}Z`) });
    const attempt = (clientAddress: string) => ({ clientAddress, email: 'limited@example.org' });
    expect(await countSignUp(database.db, at('11:10:00'), attempt('192.0.2.1'))).toEqual({ isAllowed: true });
    expect(await countSignUp(database.db, at('11:20:00'), attempt('192.0.2.2'))).toEqual({ isAllowed: true });
    // From a third address too: the email's own limit is for whoever asks.
    expect(await countSignUp(database.db, at('11:45:00'), attempt('192.0.2.3'))).toEqual({
      isAllowed: false,
      retryAfterSeconds: 15 * 60,
    });
    expect(await countSignUp(database.db, at('12:00:00'), attempt('192.0.2.3'))).toEqual({ isAllowed: true });
  });

  it('refuse a client address past its limit without using up the emails it names', async () => {
    const deps = { limits, linkKey, now: new Date('2026-12-01T13:00:00Z') };
    for (const n of [1, 2, 3, 4]) {
      expect(
        await countSignUp(database.db, deps, { clientAddress: '198.51.100.7', email: `n${n}@example.org` }),
      ).toEqual({ isAllowed: true });
    }
    const refused = await countSignUp(database.db, deps, {
      clientAddress: '198.51.100.7',
      email: 'victim@example.org',
    });
    expect(refused).toEqual({ isAllowed: false, retryAfterSeconds: 3600 });
    const victimKey = limitKey(linkKey, 'email', 'victim@example.org');
    const victimRows = await database.db
      .selectFrom('subscription_limits')
      .selectAll()
      .where('key', '=', victimKey)
      .execute();
    expect(victimRows).toEqual([]);
  });

  it('keep no address in the table, and forget windows once they are over', async () => {
    const rows = await database.db.selectFrom('subscription_limits').selectAll().execute();
    expect(JSON.stringify(rows)).not.toMatch(/example\.org|198\.51|192\.0/);
    await countSignUp(
      database.db,
      { limits, linkKey, now: new Date('2026-12-02T09:30:00Z') },
      { clientAddress: '203.0.113.9', email: 'next-day@example.org' },
    );
    const windows = await database.db.selectFrom('subscription_limits').select('window_start').execute();
    expect(windows.every((row) => new Date(row.window_start) >= new Date('2026-12-02T08:00:00Z'))).toBe(true);
  });
});
