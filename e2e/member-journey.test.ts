import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  confirmSignUpInBrowser,
  expectHeading,
  type Harness,
  pathOf,
  saveScreen,
  signIn,
  startHarness,
  uniqueEmail,
  visible,
} from './harness.ts';

const GLUTE_BRIDGE_LEVELS = ['Small lift', 'Half lift', 'Nearly straight', 'Full bridge'];
const EXERCISE_NAMES = ['Glute bridge', 'Squat', 'Hip hinge', 'Split squat', 'Pull-through'];

describe('a new member', () => {
  let harness: Harness;
  let page: Page;
  const email = uniqueEmail('member');
  const password = 'my knees are fine thanks';

  beforeAll(async () => {
    harness = await startHarness();
    page = await harness.newPage();
  });

  afterAll(async () => {
    await harness?.stop();
  });

  it('signs up with consent, opens the link mailed to the address and is taken to set up the program', async () => {
    await page.goto('/');
    await expectHeading(page, 'Stronger hips, an easier back');
    expect(await page.title()).toBe('Backstrong');
    await page.getByRole('link', { name: 'Start the program' }).click();
    await page.waitForURL('**/sign-up');
    await expectHeading(page, 'Create an account');

    await page.getByLabel('Your name').fill('Margaret O’Brien');
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password', { exact: true }).fill(password);
    await page.getByRole('button', { name: 'Show password' }).click();
    expect(await page.getByLabel('Password', { exact: true }).getAttribute('type')).toBe('text');
    await page
      .getByRole('checkbox', { name: /I agree that Backstrong may store my health information/ })
      .check();
    const since = await harness.mailCount();
    await page.getByRole('button', { name: 'Create account' }).click();

    // Nobody is signed in yet: the account opens from the link mailed to the address.
    await expectHeading(page, 'Check your email');
    await visible(page.getByText(email));
    await visible(page.getByRole('button', { name: 'Send me a new link' }));
    const mail = await harness.waitForMail(email, since);
    expect(mail.subject).toBe('Confirm your email to finish creating your Backstrong account');
    expect(mail.link).toMatch(/\/api\/auth\/verify-email\?token=/);
    await page.goto(mail.link ?? '');

    await page.waitForURL('**/start/welcome');
    await visible(page.getByText('Hello, Margaret'));
    // With consent given there is nothing to ask for: the button starts the questions.
    await visible(page.getByRole('button', { name: 'Let’s start' }));
    await page.goto('/exercises');
    await visible(page.getByText('Hello, Margaret O’Brien'));
    expect(await page.getByText('Backstrong cannot keep your pain scores').count()).toBe(0);

    await page.goto('/settings');
    await page.getByRole('link', { name: 'Your account and password' }).click();
    await page.waitForURL('**/account');
    await expectHeading(page, 'Your account');
    await visible(page.getByText(email));
    expect(await page.getByTestId('role').textContent()).toBe('Member');
    await visible(page.getByText(/You agreed on .* that Backstrong may store your health information/));
    // Only admins see the invitation form and the accounts list.
    expect(await page.getByRole('heading', { name: 'Invite a coach' }).count()).toBe(0);
    expect(await page.getByRole('heading', { name: 'Accounts' }).count()).toBe(0);
  });

  it('signs out and is back on the homepage', async () => {
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL((url) => url.pathname === '/');
    await visible(page.getByText('You have signed out.'));
    await visible(page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Sign in' }));
    // The login session is really gone: the account page now asks to sign in.
    await page.goto('/account');
    await page.waitForURL('**/sign-in?next=%2Faccount');
  });

  it('signs in again, picks up where they left off, and browses the catalogue', async () => {
    await signIn(page, email, password);
    await page.waitForURL('**/start/welcome');
    await page.getByRole('navigation', { name: 'Main' }).waitFor({ state: 'detached' });
    await page.goto('/exercises');
    await expectHeading(page, 'The exercises');
    const cards = page.getByRole('list').first().getByRole('link');
    await visible(cards.first());
    const names = await cards.evaluateAll((links) =>
      links.map((link) => link.querySelector('.exercise-card__name')?.textContent),
    );
    expect(names).toEqual(EXERCISE_NAMES);
  });

  it('opens the glute bridge and sees every level drawn', async () => {
    await page.getByRole('link', { name: /^Glute bridge/ }).click();
    await page.waitForURL('**/exercises/glute-bridge');
    await expectHeading(page, 'Glute bridge');
    expect(await page.title()).toBe('Glute bridge · Backstrong');

    for (const [index, name] of GLUTE_BRIDGE_LEVELS.entries()) {
      const level = index + 1;
      await page.getByRole('radio', { name: `Level ${level}: ${name}` }).check();
      const figure = await visible(page.getByRole('img', { name: `Glute bridge, level ${level}: ${name}` }));
      expect(await figure.evaluate((element) => element.tagName.toLowerCase())).toBe('svg');
      await visible(page.getByRole('heading', { name: `Level ${level} of 4: ${name}` }));
    }
    for (const section of [
      'Not yet if…',
      'What you need',
      'Getting ready',
      'As you move',
      'Common mistakes and how to fix them',
      'Another way: Bridge on a bed',
    ]) {
      await visible(page.getByRole('heading', { name: section, level: 2 }));
    }
    await visible(page.getByText('Press your knees gently apart so they stay over your feet.'));
    await saveScreen(page, 'exercise-glute-bridge');
    expect(pathOf(page)).toBe('/exercises/glute-bridge');
  });
});

describe('a member who signs up without consent', () => {
  let harness: Harness;

  beforeAll(async () => {
    harness = await startHarness();
  });

  afterAll(async () => {
    await harness?.stop();
  });

  it('is told what is missing and can give consent later on the account page', async () => {
    const page = await harness.newPage();
    await page.goto('/sign-up');
    await page.getByLabel('Your name').fill('Pat Jones');
    const email = uniqueEmail('no-consent');
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password', { exact: true }).fill('a long enough password');
    const since = await harness.mailCount();
    await page.getByRole('button', { name: 'Create account' }).click();
    await confirmSignUpInBrowser(harness, page, email, since);

    // Setting up the program starts by asking for consent.
    await page.waitForURL('**/start/welcome');
    await visible(page.getByRole('button', { name: 'I agree, let’s start' }));
    await page.goto('/exercises');
    await visible(page.getByText(/Backstrong cannot keep your pain scores or workouts until you agree/));
    await page.getByRole('link', { name: 'Read and agree on your Account page' }).click();
    await page.waitForURL('**/account');
    await visible(page.getByText(/You have not agreed yet/));
    await saveScreen(page, 'account-without-consent');
    await page.getByRole('button', { name: 'I agree' }).click();
    await visible(page.getByText(/You agreed on .* that Backstrong may store your health information/));
    expect(await page.getByRole('button', { name: 'I agree' }).count()).toBe(0);
  });
});
