import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  alertText,
  DEMO,
  DEMO_PASSWORD,
  expectHeading,
  fieldMessage,
  type Harness,
  pathOf,
  signIn,
  startHarness,
  visible,
} from './harness.ts';

/** What has keyboard focus: "input:Email", "button:Sign in", "a:Create an account". */
async function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element) return 'nothing';
    const tag = element.tagName.toLowerCase();
    const label =
      element instanceof HTMLInputElement ? element.labels?.[0]?.textContent : element.textContent;
    return `${tag}:${(label ?? '').trim()}`;
  });
}

/** Presses Tab until `target` has focus; fails after too many presses. Returns each stop on the way. */
async function tabTo(page: Page, target: string, maxPresses = 15): Promise<string[]> {
  const stops: string[] = [];
  for (let press = 0; press < maxPresses; press++) {
    await page.keyboard.press('Tab');
    const now = await focused(page);
    stops.push(now);
    if (now === target) return stops;
  }
  throw new Error(`Tab never reached ${target}; it went ${stops.join(' → ')}`);
}

async function hasVisibleFocusRing(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element) return false;
    const style = getComputedStyle(element);
    return style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) >= 2;
  });
}

describe('errors, unknown pages and the keyboard', () => {
  let harness: Harness;

  beforeAll(async () => {
    harness = await startHarness();
  });

  afterAll(async () => {
    await harness?.stop();
  });

  it('shows the server’s message for a wrong password and keeps what was typed', async () => {
    const page = await harness.newPage();
    await signIn(page, DEMO.member, 'not the right password');
    expect(await alertText(page)).toBe(
      'That email and password do not match an account. Please check both and try again.',
    );
    expect(await page.getByLabel('Email').inputValue()).toBe(DEMO.member);
    expect(await page.getByLabel('Password', { exact: true }).inputValue()).toBe('not the right password');
    expect(pathOf(page)).toBe('/sign-in');
  });

  it('marks empty fields with a message next to each', async () => {
    const page = await harness.newPage();
    await page.goto('/sign-up');
    await page.getByRole('button', { name: 'Create account' }).click();
    expect(await alertText(page)).toMatch(/^Please check:/);
    expect(await page.getByRole('alert').getByRole('link').allTextContents()).toEqual([
      'Your name',
      'Email',
      'Password',
    ]);
    expect(await fieldMessage(page, 'Your name')).toBe('Error: Enter your name.');
    expect(await fieldMessage(page, 'Email')).toBe('Error: Enter your email address.');
    expect(await fieldMessage(page, 'Password')).toBe('Error: Choose a password.');
    expect(await page.getByLabel('Email').getAttribute('aria-invalid')).toBe('true');

    // Each name in the summary is a link to its box.
    await page.getByRole('alert').getByRole('link', { name: 'Password' }).click();
    expect(await focused(page)).toBe('input:Password');
  });

  it('answers an email that has an account as it would a new one, and tells its owner by email', async () => {
    const page = await harness.newPage();
    await page.goto('/sign-up');
    await page.getByLabel('Your name').fill('Dana Again');
    await page.getByLabel('Email').fill(DEMO.member);
    await page.getByLabel('Password', { exact: true }).fill('a perfectly good password');
    const since = await harness.mailCount();
    await page.getByRole('button', { name: 'Create account' }).click();
    await expectHeading(page, 'Check your email');
    await visible(page.getByText(DEMO.member));
    const mail = await harness.waitForMail(DEMO.member, since);
    expect(mail.subject).toBe('Someone tried to create a Backstrong account with your email');
  });

  it('shows the not-found screen for an unknown path and an unknown exercise', async () => {
    const page = await harness.newPage();
    await page.goto('/no/such/page');
    await expectHeading(page, 'We cannot find this page');
    expect(await page.title()).toBe('Page not found · Backstrong');
    await page.getByRole('link', { name: 'See the exercises' }).click();
    await page.waitForURL('**/exercises');

    await page.goto('/exercises/handstand');
    await expectHeading(page, 'We cannot find this exercise');
  });

  it('sends a signed-out visitor from Account to sign in, and back to Account after', async () => {
    const page = await harness.newPage();
    await page.goto('/account');
    await page.waitForURL('**/sign-in?next=%2Faccount');
    await visible(page.getByText('Please sign in to see that page.'));
    await page.getByLabel('Email').fill(DEMO.member);
    await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL('**/account');
    await expectHeading(page, 'Your account');
    await visible(page.getByText('Dana Member'));
  });

  it('never follows a return address to another website', async () => {
    const page = await harness.newPage();
    await page.goto('/sign-in?next=//evil.example/steal');
    await page.getByLabel('Email').fill(DEMO.member);
    await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL('**/today');
    expect(new URL(page.url()).origin).toBe(harness.baseUrl);
  });

  it('signs in with the keyboard alone', async () => {
    const page = await harness.newPage();
    await page.goto('/');
    await expectHeading(page, 'Stronger hips, an easier back');

    await tabTo(page, 'a:Sign in');
    expect(await hasVisibleFocusRing(page)).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForURL('**/sign-in');
    // The homepage is the server's, so this is a page load: the app puts focus on the new screen's
    // heading once the screen is up, and a Tab pressed before that would start from the page's top.
    await expect.poll(() => focused(page)).toBe('h1:Sign in');

    // Focus starts at the heading of the new screen, so the next Tab is the first box.
    await tabTo(page, 'input:Email', 1);
    expect(await hasVisibleFocusRing(page)).toBe(true);
    await page.keyboard.type(DEMO.member);
    await tabTo(page, 'input:Password', 1);
    await page.keyboard.type(DEMO_PASSWORD);
    await tabTo(page, 'button:Show password');
    await page.keyboard.press('Enter');
    expect(await page.getByLabel('Password', { exact: true }).getAttribute('type')).toBe('text');
    await tabTo(page, 'button:Sign in', 1);
    expect(await hasVisibleFocusRing(page)).toBe(true);
    await page.keyboard.press('Enter');

    await page.waitForURL('**/today');
    await visible(page.getByText('Hello, Dana'));
  });
});
