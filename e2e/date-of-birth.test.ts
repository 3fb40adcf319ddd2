/**
 * A member may give their date of birth on Account; the report for their doctor or physiotherapist is then
 * headed by it, with their age, and stops showing it once they remove it.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ageOn } from '../src/core/accounts.ts';
import { localDay } from '../src/web/format.ts';
import { checkScreen, expectHeading, type Harness, startHarness, uniqueEmail, visible } from './harness.ts';
import { memberWithPlan } from './training.ts';

const PASSWORD = 'a long and memorable password';

async function openAccount(page: Page) {
  await page.goto('/account');
  await expectHeading(page, 'Your account');
  return page.getByRole('region', { name: 'Date of birth' });
}

describe('a date of birth, from Account to the report', () => {
  let harness: Harness;
  let page: Page;

  beforeAll(async () => {
    harness = await startHarness();
    page = await harness.newPage();
    await memberWithPlan(harness, page, { email: uniqueEmail('born'), password: PASSWORD, name: 'Ada Born' });
  });

  afterAll(async () => {
    await harness?.stop();
  });

  it('is optional: the report of a member who gave none has no such line', async () => {
    await page.goto('/report');
    await expectHeading(page, 'Progress report');
    await visible(page.locator('.report-facts dd').getByText('Ada Born', { exact: true }));
    expect(await page.locator('.report-facts dt').allTextContents()).not.toContain('Date of birth');
  });

  it('says what is wrong before saving an empty or future date', async () => {
    const section = await openAccount(page);
    const field = section.getByLabel('Your date of birth');
    expect(await field.inputValue()).toBe('');
    await section.getByRole('button', { name: 'Save date of birth' }).click();
    await visible(section.getByText('Enter your date of birth first.'));
    await field.fill('2999-01-01');
    await section.getByRole('button', { name: 'Save date of birth' }).click();
    await visible(section.getByText('A date of birth cannot be after today.'));
    expect(await field.getAttribute('aria-invalid')).toBe('true');
  });

  it('is saved, and heads the report with the member’s age', async () => {
    const section = await openAccount(page);
    await section.getByLabel('Your date of birth').fill('1961-03-12');
    await section.getByRole('button', { name: 'Save date of birth' }).click();
    await visible(section.getByRole('status').getByText('Saved: 12 March 1961.'));
    await checkScreen(page, 'account-date-of-birth');
    // Read again from the server, not only what this page kept.
    await page.reload();
    expect(await page.getByLabel('Your date of birth').inputValue()).toBe('1961-03-12');

    await page.goto('/report');
    await expectHeading(page, 'Progress report');
    const age = ageOn('1961-03-12', localDay());
    await visible(page.locator('.report-facts dd').getByText(`12 March 1961 (aged ${age})`, { exact: true }));
    await checkScreen(page, 'report-date-of-birth');
  });

  it('is removed, and the report no longer shows it', async () => {
    const section = await openAccount(page);
    await section.getByRole('button', { name: 'Remove date of birth' }).click();
    await visible(section.getByRole('status').getByText('Your date of birth is removed.'));
    expect(await section.getByLabel('Your date of birth').inputValue()).toBe('');
    expect(await section.getByRole('button', { name: 'Remove date of birth' }).count()).toBe(0);
    await page.goto('/report');
    await expectHeading(page, 'Progress report');
    await visible(page.locator('.report-facts dd').getByText('Ada Born', { exact: true }));
    expect(await page.locator('.report-facts dt').allTextContents()).not.toContain('Date of birth');
  });
});
