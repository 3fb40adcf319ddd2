/**
 * Every screen, one by one: axe finds no serious or critical problems, every control is big enough to tap,
 * and a full-page picture goes to test-results/screens/ for a person to look at.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  alertText,
  checkScreen,
  DEMO,
  DEMO_PASSWORD,
  expectHeading,
  fieldMessage,
  type Harness,
  signIn,
  startHarness,
  visible,
} from './harness.ts';

const EXERCISES = [
  ['glute-bridge', 'Glute bridge'],
  ['squat', 'Squat'],
  ['hip-hinge', 'Hip hinge'],
  ['split-squat', 'Split squat'],
  ['pull-through', 'Pull-through'],
] as const;

describe('every screen', () => {
  let harness: Harness;

  beforeAll(async () => {
    harness = await startHarness();
  });

  afterAll(async () => {
    await harness?.stop();
  });

  describe('signed out', () => {
    let page: Page;

    beforeAll(async () => {
      page = await harness.newPage();
    });

    it('homepage', async () => {
      await page.goto('/');
      await expectHeading(page, 'Stronger hips, an easier back');
      await checkScreen(page, 'homepage');
    });

    it('sign up, empty and with mistakes', async () => {
      await page.goto('/sign-up');
      await expectHeading(page, 'Create an account');
      await visible(page.getByText('Your health information'));
      expect(await page.getByRole('checkbox').isChecked()).toBe(false);
      await checkScreen(page, 'sign-up');
      await page.getByLabel('Your name').fill('<script>');
      await page.getByLabel('Email').fill('not-an-email');
      await page.getByLabel('Password', { exact: true }).fill('short');
      await page.getByRole('button', { name: 'Create account' }).click();
      expect(await fieldMessage(page, 'Email')).toBe('Error: Enter an email address like name@example.com.');
      await checkScreen(page, 'sign-up-mistakes');
    });

    it('sign up sent: check your email, and sign-in before the email is confirmed', async () => {
      await page.goto('/sign-up');
      await page.getByLabel('Your name').fill('Wren Waiting');
      await page.getByLabel('Email').fill('waiting@example.org');
      await page.getByLabel('Password', { exact: true }).fill('a long enough password');
      await page.getByRole('button', { name: 'Create account' }).click();
      await expectHeading(page, 'Check your email');
      await visible(page.getByText('waiting@example.org'));
      await checkScreen(page, 'sign-up-check-email');
      await page.getByRole('button', { name: 'Send me a new link' }).click();
      await visible(page.getByText(/a new link is on its way/));

      await signIn(page, 'waiting@example.org', 'a long enough password');
      expect(await alertText(page)).toContain('Please confirm your email first');
      await visible(page.getByRole('button', { name: 'Send me a new link' }));
      await checkScreen(page, 'sign-in-unconfirmed');
    });

    it('sign in, empty and with a wrong password', async () => {
      await page.goto('/sign-in');
      await expectHeading(page, 'Sign in');
      await checkScreen(page, 'sign-in');
      await page.getByLabel('Email').fill(DEMO.member);
      await page.getByLabel('Password', { exact: true }).fill('wrong password');
      await page.getByRole('button', { name: 'Sign in' }).click();
      expect(await alertText(page)).toContain('do not match an account');
      await checkScreen(page, 'sign-in-wrong-password');
    });

    it('forgot password, before and after sending', async () => {
      await page.goto('/forgot-password');
      await expectHeading(page, 'Forgotten your password?');
      await checkScreen(page, 'forgot-password');
      await page.getByLabel('Email').fill('someone@example.org');
      await page.getByRole('button', { name: 'Send me a link' }).click();
      await expectHeading(page, 'Check your email');
      await checkScreen(page, 'forgot-password-sent');
    });

    it('reset password, and the same with a dead link', async () => {
      await page.goto('/reset-password?token=not-a-real-token');
      await expectHeading(page, 'Choose a new password');
      await checkScreen(page, 'reset-password');
      await page.getByLabel('New password').fill('a good new password');
      await page.getByRole('button', { name: 'Save password' }).click();
      expect(await alertText(page)).toContain('This link is no longer valid');
      await checkScreen(page, 'reset-password-dead-link');
    });

    it('coach invitation welcome', async () => {
      await page.goto('/reset-password?token=not-a-real-token&invited=1');
      await expectHeading(page, 'Welcome — choose your password');
      await checkScreen(page, 'coach-welcome');
    });

    it('catalogue', async () => {
      await page.goto('/exercises');
      await expectHeading(page, 'The exercises');
      await visible(page.getByRole('link', { name: /^Pull-through/ }));
      await checkScreen(page, 'catalogue');
    });

    for (const [id, name] of EXERCISES) {
      it(`exercise: ${name}`, async () => {
        await page.goto(`/exercises/${id}`);
        await expectHeading(page, name);
        await visible(page.getByRole('img', { name: new RegExp(`^${name}, level 1: `) }));
        await checkScreen(page, `exercise-${id}`);
      });
    }

    it('not found, for a page and for an exercise', async () => {
      await page.goto('/nothing-here');
      await expectHeading(page, 'We cannot find this page');
      await checkScreen(page, 'not-found');
      await page.goto('/exercises/cartwheel');
      await expectHeading(page, 'We cannot find this exercise');
      await checkScreen(page, 'exercise-not-found');
    });

    it('on the narrowest phones (360 px) the top bar stays on one line', async () => {
      const narrow = await harness.newPage({ width: 360, height: 740 });
      await narrow.goto('/exercises');
      await visible(narrow.getByRole('link', { name: /^Glute bridge/ }));
      const height = await narrow.locator('.topbar').evaluate((bar) => bar.getBoundingClientRect().height);
      expect(height).toBeLessThan(70);
      expect(await narrow.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      await checkScreen(narrow, 'catalogue-360');
    });
  });

  describe('on a laptop', () => {
    it('catalogue, exercise and account use the width without stretching lines', async () => {
      const page = await harness.newPage({ isLaptop: true });
      await page.goto('/exercises');
      await visible(page.getByRole('link', { name: /^Glute bridge/ }));
      await checkScreen(page, 'laptop-catalogue');
      await page.getByRole('link', { name: /^Hip hinge/ }).click();
      await expectHeading(page, 'Hip hinge');
      const lead = await page.locator('.lead').first().boundingBox();
      expect(lead?.width).toBeLessThanOrEqual(48 * 18);
      await checkScreen(page, 'laptop-exercise-hip-hinge');
      await signIn(page, DEMO.member, DEMO_PASSWORD);
      await page.waitForURL('**/today');
      await page.goto('/account');
      await expectHeading(page, 'Your account');
      await checkScreen(page, 'laptop-account');
    });
  });

  describe('installable', () => {
    function pngSize(bytes: Buffer): { width: number; height: number } {
      expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
      return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
    }

    it('serves a manifest whose icons exist at the sizes it names', async () => {
      const response = await fetch(`${harness.baseUrl}/manifest.webmanifest`);
      expect(response.status).toBe(200);
      const manifest = (await response.json()) as {
        name: string;
        start_url: string;
        display: string;
        icons: { src: string; sizes: string; type: string; purpose: string }[];
      };
      expect(manifest).toMatchObject({ name: 'Backstrong', start_url: '/today', display: 'standalone' });
      expect(manifest.icons.map((icon) => icon.purpose)).toContain('maskable');
      for (const icon of manifest.icons) {
        const file = await fetch(`${harness.baseUrl}${icon.src}`);
        expect(file.status, icon.src).toBe(200);
        if (icon.type === 'image/png') {
          const { width, height } = pngSize(Buffer.from(await file.arrayBuffer()));
          expect(`${width}x${height}`, icon.src).toBe(icon.sizes);
        }
      }
      const page = await harness.newPage();
      await page.goto('/sign-in');
      expect(await page.locator('link[rel="manifest"]').getAttribute('href')).toBe('/manifest.webmanifest');
      const touchIcon = await fetch(
        `${harness.baseUrl}${await page.locator('link[rel="apple-touch-icon"]').getAttribute('href')}`,
      );
      expect(pngSize(Buffer.from(await touchIcon.arrayBuffer()))).toEqual({ width: 180, height: 180 });
    });
  });

  describe('signed in', () => {
    it('member: catalogue and account', async () => {
      const page = await harness.newPage();
      await signIn(page, DEMO.member, DEMO_PASSWORD);
      await page.waitForURL('**/today');
      await page.goto('/exercises');
      await visible(page.getByText('Hello, Dana Member'));
      await checkScreen(page, 'catalogue-signed-in');
      await page.goto('/account');
      await expectHeading(page, 'Your account');
      await checkScreen(page, 'account-member');
      await page.getByLabel('Current password').fill('not my password');
      await page.getByLabel('New password').fill('another good password');
      await page.getByRole('button', { name: 'Change password' }).click();
      expect(await alertText(page)).toBe('The current password is not right.');
      await checkScreen(page, 'account-change-password-refused');
    });

    it('member with six months behind them: today, history, a past workout, plan and settings', async () => {
      const page = await harness.newPage();
      await signIn(page, DEMO.member, DEMO_PASSWORD);
      await page.waitForURL('**/today');
      await expectHeading(page, 'Today');
      await visible(page.getByRole('heading', { name: /^Phase \d of 5/ }));
      await checkScreen(page, 'demo-today');
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'History' }).click();
      await expectHeading(page, 'Your workouts');
      await visible(page.locator('figure.chart-figure').first());
      expect(await page.locator('.history-item').count()).toBeGreaterThan(10);
      await checkScreen(page, 'demo-history');
      await page.locator('.history-item').first().click();
      await visible(page.getByRole('heading', { name: 'What you did' }));
      await checkScreen(page, 'demo-history-workout');
      await page.goto('/plan');
      await expectHeading(page, 'Why your plan looks like this');
      await checkScreen(page, 'demo-plan');
      await page.goto('/settings');
      await visible(page.getByRole('heading', { name: 'Your training' }));
      await checkScreen(page, 'demo-settings');
    });

    it('admin: account with the invitation form and the accounts list', async () => {
      const page = await harness.newPage();
      await signIn(page, DEMO.admin, DEMO_PASSWORD);
      await page.waitForURL('**/exercises');
      await page.goto('/account');
      await visible(page.getByRole('list', { name: 'Accounts' }).getByText(DEMO.coach));
      await checkScreen(page, 'account-admin');
    });
  });
});
