/**
 * A member's data is theirs: they download it from the Account screen, and they can delete the account
 * with everything in it, on the server and on the phone.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  alertText,
  checkScreen,
  expectHeading,
  type Harness,
  signIn,
  startHarness,
  uniqueEmail,
  visible,
} from './harness.ts';
import { memberWithPlan } from './training.ts';

const PASSWORD = 'a long and memorable password';

async function download(page: Page, linkName: string): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: linkName }).click(),
  ]);
  return { name: file.suggestedFilename(), text: await readFile(await file.path(), 'utf8') };
}

describe('your data, from the Account screen', () => {
  let harness: Harness;
  let page: Page;
  const email = uniqueEmail('my-data');

  beforeAll(async () => {
    harness = await startHarness();
    page = await harness.newPage();
    await memberWithPlan(harness, page, { email, password: PASSWORD, name: 'Dee Leet' });
    // Something of the member's kept on the phone, as a workout under way or a setting would be.
    await page.evaluate(() => localStorage.setItem('backstrong.units', '"lb"'));
  });

  afterAll(async () => {
    await harness?.stop();
  });

  it('downloads everything as JSON, the check-ups as FHIR and each table as CSV', async () => {
    await page.goto('/account');
    await expectHeading(page, 'Your account');
    await visible(page.getByRole('heading', { name: 'Your data' }));

    const all = await download(page, 'All your data (JSON)');
    expect(all.name).toMatch(/^backstrong-export-\d{4}-\d{2}-\d{2}\.json$/);
    const exported = JSON.parse(all.text) as { account: { email: string } };
    expect(exported.account.email).toBe(email);

    const fhir = await download(page, 'Your check-ups for a health record (FHIR R4)');
    expect(JSON.parse(fhir.text)).toMatchObject({ resourceType: 'Bundle' });

    const decisions = await download(page, 'Plan changes (CSV, for a spreadsheet)');
    expect(decisions.name).toMatch(/^backstrong-decisions-.*\.csv$/);
    expect(decisions.text.split('\n')[0]).toMatch(/,/);
  });

  it('asks twice before deleting, and a wrong password deletes nothing', async () => {
    const button = page.getByRole('button', { name: 'Delete my account' });
    expect(await button.count()).toBe(0);
    await page.getByLabel('I understand: delete everything, for good').check();
    await checkScreen(page, 'account-your-data');
    await page.getByLabel('Your password', { exact: true }).fill('not my password at all');
    await button.click();
    expect(await alertText(page)).toMatch(/password/i);
    expect((await page.request.get('/api/me')).status()).toBe(200);
  });

  it('deletes the account and all its data, here and on the server', async () => {
    await page.getByLabel('Your password', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Delete my account' }).click();
    await visible(page.getByText(/Your account and everything in it are deleted/));
    expect(new URL(page.url()).pathname).toBe('/');
    const kept = await page.evaluate(() =>
      [...Object.keys(localStorage), ...Object.keys(sessionStorage)].filter((key) =>
        key.startsWith('backstrong.'),
      ),
    );
    expect(kept).toEqual([]);
    expect((await page.request.get('/api/me')).status()).toBe(401);

    await signIn(page, email, PASSWORD);
    expect(await alertText(page)).toMatch(/email and password do not match/i);
  });
});
