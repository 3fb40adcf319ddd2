import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { DatabaseHandle } from '../database.ts';
import type { Role } from '../schema.ts';
import { createTestDatabase, insertAccount } from '../test-database.ts';
import { assignCoach, findMemberStanding } from './access.ts';
import { deleteAccount } from './member-data.ts';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
});
afterAll(() => handle.close());

const at = new Date('2026-03-02T08:00:00Z');

function account(role: Role, hasConsent = false): Promise<string> {
  return insertAccount(handle.db, { role, hasConsent, at });
}

it('a member has one coach at a time, and erasing the coach leaves the member without one', async () => {
  const member = await account('member', true);
  const first = await account('coach');
  const second = await account('coach');
  expect(await findMemberStanding(handle.db, member)).toEqual({
    hasConsent: true,
    coachId: null,
    sharesWithCoach: false,
  });

  await assignCoach(handle.db, { memberId: member, coachId: first, at });
  expect(await findMemberStanding(handle.db, member)).toEqual({
    hasConsent: true,
    coachId: first,
    sharesWithCoach: false,
  });
  await assignCoach(handle.db, { memberId: member, coachId: second, at });
  expect(await findMemberStanding(handle.db, member)).toEqual({
    hasConsent: true,
    coachId: second,
    sharesWithCoach: false,
  });

  await handle.db.transaction().execute((trx) => deleteAccount(trx, second));
  expect(await findMemberStanding(handle.db, member)).toEqual({
    hasConsent: true,
    coachId: null,
    sharesWithCoach: false,
  });
});

it('knows a member without consent, and no member at all', async () => {
  const member = await account('member');
  expect(await findMemberStanding(handle.db, member)).toEqual({
    hasConsent: false,
    coachId: null,
    sharesWithCoach: false,
  });
  expect(await findMemberStanding(handle.db, randomUUID())).toBeUndefined();
});

it('erasing the member removes their assignment', async () => {
  const member = await account('member', true);
  const coach = await account('coach');
  await assignCoach(handle.db, { memberId: member, coachId: coach, at });
  await handle.db.transaction().execute((trx) => deleteAccount(trx, member));
  expect(
    await handle.db.selectFrom('coach_assignments').selectAll().where('coach_id', '=', coach).execute(),
  ).toEqual([]);
});
