/**
 * A coach's time: the coach logs a 12-minute call on their member, sees it in the member's time log and
 * in the month's summary, and downloads the month as CSV for the clinic. Axe on both screens, at laptop
 * and phone sizes.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COACH_SHARING_CONSENT } from '../src/core/consent.ts';
import { assignCoach } from '../src/server/db/repositories/access.ts';
import { parseCsv } from '../src/server/testing/csv.ts';
import {
  checkScreen,
  DEMO,
  DEMO_PASSWORD,
  expectHeading,
  type Harness,
  signIn,
  startHarness,
  uniqueEmail,
  visible,
} from './harness.ts';
import { memberWithPlan } from './training.ts';

describe('a coach’s time and contacts', () => {
  let harness: Harness;
  let memberId: string;
  const email = uniqueEmail('timed');

  beforeAll(async () => {
    harness = await startHarness();
    const memberPage = await harness.newPage();
    await memberWithPlan(harness, memberPage, {
      email,
      password: 'a long and memorable password',
      name: 'Tam Timed',
    });
    const shared = await memberPage.request.put('/api/me/coach-sharing', {
      data: { version: COACH_SHARING_CONSENT.version },
    });
    expect(shared.status()).toBe(200);
    const db = harness.database();
    const find = (address: string) =>
      db.selectFrom('users').select('id').where('email', '=', address).executeTakeFirstOrThrow();
    memberId = (await find(email)).id;
    const coachId = (await find(DEMO.coach)).id;
    await assignCoach(db, { memberId, coachId, at: new Date(Date.now() - 60_000) });
  });

  afterAll(async () => {
    await harness?.stop();
  });

  async function coachPage(isLaptop: boolean): Promise<Page> {
    const page = await harness.newPage({ isLaptop });
    await signIn(page, DEMO.coach, DEMO_PASSWORD);
    await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
    return page;
  }

  it('logs a 12-minute call and finds it in the month’s minutes and the CSV', async () => {
    const page = await coachPage(true);
    await page.goto(`/coach/members/${memberId}/time`);
    await expectHeading(page, 'Time log');
    await page.getByLabel('Minutes').fill('12');
    await page.getByRole('button', { name: 'Log time' }).click();
    await visible(page.getByRole('status').getByText('Call of 12 minutes logged.'));
    await visible(page.getByText('Call · 12 minutes · live contact · by Chris Coach'));
    await checkScreen(page, 'coach-member-time-laptop');

    await page.getByRole('link', { name: 'Back to this month’s time' }).click();
    await expectHeading(page, 'Time and contacts');
    const row = page.getByRole('row', { name: /Tam Timed/ });
    await visible(row.getByRole('cell', { name: '12 minutes' }));
    expect(await row.getByRole('cell').allInnerTexts()).toEqual([
      // The assessment's pain and chair stand are the member's baseline measures: one day of data.
      expect.stringMatching(/^1 of 30/),
      '12 minutes',
      '1',
      'No',
      'No',
    ]);
    await checkScreen(page, 'coach-time-laptop');

    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download CSV' }).click(),
    ]);
    expect(file.suggestedFilename()).toMatch(/^backstrong-coach-time-\d{4}-\d{2}\.csv$/);
    const [header, ...rows] = parseCsv(await readFile(await file.path(), 'utf8'));
    const at = (name: string) => header?.indexOf(name) ?? -1;
    const mine = rows.find((each) => each[at('member_id')] === memberId);
    expect(mine?.[at('member_name')]).toBe('Tam Timed');
    expect(mine?.[at('coach_minutes')]).toBe('12');
    expect(mine?.[at('interactive_contacts')]).toBe('1');
  });

  it('shows the month as cards on a phone, axe-clean', async () => {
    const page = await coachPage(false);
    await page.goto('/coach/time');
    await expectHeading(page, 'Time and contacts');
    await visible(page.getByRole('row', { name: /Tam Timed/ }));
    await checkScreen(page, 'coach-time-phone');
    await page.goto(`/coach/members/${memberId}/time`);
    await expectHeading(page, 'Time log');
    await visible(page.getByText('Call · 12 minutes · live contact · by Chris Coach'));
    await checkScreen(page, 'coach-member-time-phone');
  });
});
