/**
 * The browser tests' world: the real server (built web app, real database, mail to an outbox folder) on a
 * free port, and Debian's Chromium driven by playwright-core in a phone-sized window.
 */
import { randomUUID } from 'node:crypto';
import { cp, mkdir, mkdtemp, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { AxeBuilder } from '@axe-core/playwright';
import type { Kysely } from 'kysely';
import { type Browser, type BrowserContext, chromium, type Locator, type Page } from 'playwright-core';
import { expect, inject } from 'vitest';
import { buildWebIfStale, PROJECT_ROOT, WEB_ROOT } from '../src/cli/web-build.ts';
import { loadConfig } from '../src/server/config.ts';
import type { Database } from '../src/server/db/schema.ts';
import { MEMBER_REMINDERS, SWEEP_REMINDERS } from '../src/server/jobs/member-reminders.ts';
import { type RunningServer, startServer } from '../src/server/server.ts';
import { freePort } from '../src/server/testing/free-port.ts';
import { freshServerDatabase } from '../src/server/testing/server-child.ts';

export const SCREENS_DIR = path.join(PROJECT_ROOT, 'test-results/screens');

export const DEMO_PASSWORD = 'backstrong-demo';
export const DEMO = {
  member: 'member@backstrong.example',
  coach: 'coach@backstrong.example',
  admin: 'admin@backstrong.example',
} as const;

export const PHONE = { width: 390, height: 844 } as const;
export const LAPTOP = { width: 1280, height: 800 } as const;

export interface Mail {
  to: string;
  subject: string;
  /** The message body with quoted-printable undone. */
  text: string;
  link: string | undefined;
}

/**
 * The server's clock, movable in whole days so a test can play out a week of training. Time flows as
 * usual from a fixed start (a Monday morning in London), so server and browser agree on the day.
 */
export interface MovableClock {
  now(): Date;
  advanceDays(days: number): void;
}

export function movableClock(start = new Date('2026-03-02T08:00:00Z')): MovableClock {
  const startedAt = Date.now();
  let offsetMs = 0;
  return {
    now: () => new Date(start.getTime() + (Date.now() - startedAt) + offsetMs),
    advanceDays(days) {
      offsetMs += days * 24 * 60 * 60 * 1000;
    },
  };
}

/** The browser's clock set to the server's: call before the page loads, and again after moving days. */
export async function followClock(page: Page, clock: MovableClock, isInstalled = false): Promise<void> {
  if (isInstalled) await page.clock.setSystemTime(clock.now());
  else await page.clock.install({ time: clock.now() });
}

export interface Harness {
  /** The origin the browser uses, e.g. http://127.0.0.1:41234 (also the server's PUBLIC_URL). */
  baseUrl: string;
  dataDir: string;
  /**
   * A fresh browser context (its own cookies) with one page: a phone unless a laptop is asked for, with
   * JavaScript unless `isScriptless` (a reader whose browser runs none, for pages that must work without it).
   */
  newPage(options?: {
    width?: number;
    height?: number;
    isLaptop?: boolean;
    isScriptless?: boolean;
    /** Asks for less motion, as a member's system setting does. */
    isReducedMotion?: boolean;
  }): Promise<Page>;
  /** Waits for the newest outbox message to `to` written after `since` (a count from mailCount()). */
  waitForMail(to: string, since: number): Promise<Mail>;
  /** How many messages the outbox holds now. */
  mailCount(): Promise<number>;
  /**
   * A new release: the server stops and starts again on the same address and database, serving the web
   * app built in `webRoot`, as a deployment does.
   */
  redeploy(webRoot: string): Promise<void>;
  /** The running server's database, for setting up what an admin's screen would (a member's coach). */
  database(): Kysely<Database>;
  stop(): Promise<void>;
}

function decodeQuotedPrintable(text: string): string {
  const bytes = text
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/g, (_match, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
  return Buffer.from(bytes, 'latin1').toString('utf8');
}

async function readMail(file: string): Promise<Mail> {
  const raw = await readFile(file, 'utf8');
  const [head = '', ...bodyParts] = raw.split(/\r?\n\r?\n/);
  const text = decodeQuotedPrintable(bodyParts.join('\n\n'));
  return {
    to: /^To: (.*)$/m.exec(head)?.[1]?.trim() ?? '',
    subject: /^Subject: (.*)$/m.exec(head)?.[1]?.trim() ?? '',
    text,
    link: /(https?:\/\/\S+)/.exec(text)?.[1],
  };
}

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/**
 * Vitest sets NODE_ENV=test, and Vite then bundles React's development build (twice the size, and not what
 * members get). The build is the production one whoever starts it.
 */
async function buildProductionWebIfStale(): Promise<void> {
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await buildWebIfStale(() => {});
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
}

export interface HarnessOptions {
  clock?: MovableClock;
  /**
   * A video (.y4m or .mjpeg) that Chromium plays, looped, as every page's camera, with the camera
   * permission granted without asking.
   */
  fakeCameraFile?: string;
  /** Mail to this SMTP server (a test's listener), tried again quickly, instead of the outbox folder. */
  smtp?: { url: string; retryLimit: number };
  /** Card payments through this Stripe API (a test's fake of it), signing its webhooks with the secret. */
  stripe?: { apiUrl: string; webhookSecret: string };
}

function chromiumArgs(options: HarnessOptions): string[] {
  if (options.fakeCameraFile === undefined) return CHROMIUM_ARGS;
  return [
    ...CHROMIUM_ARGS,
    '--use-fake-ui-for-media-stream',
    '--use-fake-device-for-media-stream',
    `--use-file-for-fake-video-capture=${options.fakeCameraFile}`,
  ];
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  );
}

/**
 * The seeding boot schedules the demo members' reminders once their history is made. The copy leaves
 * them out, as it leaves out the mail: what a test's members are notified of is what the test does, at
 * whatever time of day the suite runs.
 */
async function withoutWaitingReminders(seeding: RunningServer): Promise<void> {
  const boss = seeding.jobs?.boss;
  if (!boss) return;
  const deadline = Date.now() + 30_000;
  const unfinished = async () =>
    (await boss.findJobs(SWEEP_REMINDERS)).filter((job) => !['completed', 'failed'].includes(job.state));
  while ((await unfinished()).length > 0) {
    if (Date.now() > deadline) throw new Error('the seeding boot’s reminder sweep did not finish');
    await sleep(100);
  }
  await boss.deleteAllJobs(MEMBER_REMINDERS);
  await boss.deleteAllJobs(SWEEP_REMINDERS);
}

/**
 * Seeding the demo accounts, their months of history and the publication is most of a first boot (about
 * ten seconds here, most of it after the server is ready), so a browser run seeds the embedded database once per day of the clock and each test
 * file starts from a copy of it, as a server restored from a backup would. The copy is made from a server
 * that booted, seeded and stopped; the mail it wrote is left out.
 */
async function copySeededDataDir(dataDir: string, clock: MovableClock | undefined): Promise<void> {
  const now = clock?.now() ?? new Date();
  const seeded = path.join(inject('seedCacheDir'), now.toISOString().slice(0, 10));
  if (!(await exists(seeded))) {
    const partial = `${seeded}.partial-${process.pid}`;
    await rm(partial, { recursive: true, force: true });
    const port = await freePort();
    const seeding = await startServer(
      loadConfig({
        DATA_DIR: partial,
        PORT: String(port),
        HOST: '127.0.0.1',
        PUBLIC_URL: `http://127.0.0.1:${port}`,
        LOG_LEVEL: 'warn',
        DEMO_ACCOUNTS: 'on',
      }),
      { clock: clock ? () => clock.now() : undefined },
    );
    await seeding.demoData;
    await withoutWaitingReminders(seeding);
    await seeding.stop();
    await rm(path.join(partial, 'outbox'), { recursive: true, force: true });
    await rename(partial, seeded);
  }
  await cp(seeded, dataDir, { recursive: true });
}

export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  await buildProductionWebIfStale();
  const dataDir = await mkdtemp(path.join(tmpdir(), 'backstrong-e2e-'));
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const database = await freshServerDatabase('e2e');
  // On a PostgreSQL server each file's database is seeded as it boots.
  if (database.url === undefined) await copySeededDataDir(dataDir, options.clock);
  let server: RunningServer | undefined;
  const config = loadConfig({
    DATA_DIR: dataDir,
    PORT: String(port),
    HOST: '127.0.0.1',
    PUBLIC_URL: baseUrl,
    LOG_LEVEL: 'warn',
    DEMO_ACCOUNTS: 'on',
    DATABASE_URL: database.url,
    ...(database.url
      ? {
          AUTH_SECRET: 'the browser tests’ shared secret, 0123456789',
          VAPID_PUBLIC_KEY:
            'BG9jIWxCH1trueWe6demZh1QRYa_dZzy4cy-ImkVikElHuNjPuRzaoK60rd6R3XHX_GD9-i9TBdlB3NoP5b-Uyo',
          VAPID_PRIVATE_KEY: 'Ndcrt6qbhOf8GgHKLp1y7Ozsb5q0-0j4EPGJc9OqOHk',
        }
      : {}),
    ...(options.smtp ? { SMTP_URL: options.smtp.url } : {}),
    // Tiers apply only in the tests of membership: the others play out months of one member's training.
    MEMBERSHIP: options.stripe ? 'on' : 'off',
    ...(options.stripe
      ? {
          STRIPE_API_URL: options.stripe.apiUrl,
          STRIPE_SECRET_KEY: 'sk_test_browsertests',
          STRIPE_WEBHOOK_SECRET: options.stripe.webhookSecret,
        }
      : {}),
  });
  const startAppServer = (webRoot: string) =>
    startServer(config, {
      webRoot,
      clock: options.clock ? () => options.clock?.now() ?? new Date() : undefined,
      ...(options.smtp
        ? { mailRetry: { retryLimit: options.smtp.retryLimit, retryDelay: 1, retryBackoff: false } }
        : {}),
      ...(options.smtp || options.stripe ? { jobTiming: { pollingIntervalSeconds: 0.5 } } : {}),
    });
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  try {
    server = await startAppServer(WEB_ROOT);
    // A PostgreSQL database is seeded by this boot: the tests start once the demo data is complete.
    await server.demoData;
    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: chromiumArgs(options) });
  } catch (error) {
    await browser?.close();
    await server?.stop();
    await database.drop();
    await rm(dataDir, { recursive: true, force: true });
    throw error;
  }
  let runningServer = server;
  const runningBrowser = browser;
  const outbox = path.join(dataDir, 'outbox');

  async function mailFiles(): Promise<string[]> {
    try {
      return (await readdir(outbox)).filter((file) => file.endsWith('.eml')).sort();
    } catch {
      return [];
    }
  }

  return {
    baseUrl,
    dataDir,
    async newPage(options = {}) {
      const screen = options.isLaptop ? LAPTOP : PHONE;
      const context = await runningBrowser.newContext({
        baseURL: baseUrl,
        viewport: { width: options.width ?? screen.width, height: options.height ?? screen.height },
        deviceScaleFactor: options.isLaptop ? 1 : 2,
        isMobile: !options.isLaptop,
        hasTouch: !options.isLaptop,
        locale: 'en-GB',
        timezoneId: 'Europe/London',
        javaScriptEnabled: !options.isScriptless,
        reducedMotion: options.isReducedMotion ? 'reduce' : 'no-preference',
      });
      context.setDefaultTimeout(10_000);
      contexts.push(context);
      return context.newPage();
    },
    async mailCount() {
      return (await mailFiles()).length;
    },
    async waitForMail(to, since) {
      const deadline = Date.now() + 10_000;
      while (Date.now() < deadline) {
        const files = await mailFiles();
        for (const file of files.slice(since).reverse()) {
          const mail = await readMail(path.join(outbox, file));
          if (mail.to.includes(to)) return mail;
        }
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      throw new Error(`no mail to ${to} arrived in the outbox`);
    },
    database() {
      return runningServer.database.db;
    },
    async redeploy(webRoot) {
      await runningServer.stop();
      runningServer = await startAppServer(webRoot);
    },
    async stop() {
      for (const context of contexts) await context.close().catch(() => {});
      await runningBrowser.close();
      await runningServer.stop();
      await database.drop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** Waits until the locator is visible; fails the test with the locator's description otherwise. */
export async function visible(locator: Locator): Promise<Locator> {
  await locator.waitFor({ state: 'visible' });
  return locator;
}

/** The path and query the page is on now, e.g. "/sign-in?next=%2Faccount". */
export function pathOf(page: Page): string {
  const url = new URL(page.url());
  return `${url.pathname}${url.search}`;
}

/**
 * Waits for the screen whose main heading is `text` (screens change after a click, so the heading on show
 * a moment ago may still be the old one). Fails naming the heading actually shown.
 */
export async function expectHeading(page: Page, text: string): Promise<void> {
  const wanted = page.getByRole('heading', { level: 1, name: text, exact: true });
  try {
    await wanted.waitFor({ state: 'visible' });
  } catch {
    const shown = await page.getByRole('heading', { level: 1 }).allTextContents();
    throw new Error(
      `expected the screen "${text}" but the main heading is ${JSON.stringify(shown)} at ${page.url()}`,
    );
  }
}

/**
 * A full-page picture of the screen in test-results/screens/<name>.png. Motion is paused first (the
 * figures stop on their end pose) so every picture is the same from run to run.
 */
export async function saveScreen(page: Page, name: string): Promise<void> {
  await mkdir(SCREENS_DIR, { recursive: true });
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.evaluate(
    () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))),
  );
  // A full-page picture stretches the window to the page's height; bars fixed to the bottom of the screen
  // would land in the middle of it, so for the picture they sit where they are in the page.
  await page.evaluate(() => {
    const style = document.createElement('style');
    style.id = 'screenshot-static';
    style.textContent = '.tabbar, .log-actions, .sticky-action { position: static !important; }';
    document.head.append(style);
  });
  await page.screenshot({
    path: path.join(SCREENS_DIR, `${name}.png`),
    fullPage: true,
    animations: 'disabled',
  });
  await page.evaluate(() => document.getElementById('screenshot-static')?.remove());
  await page.emulateMedia({ reducedMotion: 'no-preference' });
}

export interface SeriousViolation {
  id: string;
  impact: string;
  help: string;
  targets: string[];
}

/** Axe's serious and critical findings on the page as it is now (WCAG 2.2 A and AA rules). */
export async function seriousAccessibilityViolations(page: Page): Promise<SeriousViolation[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      id: violation.id,
      impact: violation.impact ?? '',
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.join(' ')),
    }));
}

/** A new address per test, so tests never collide on "email already has an account". */
export function uniqueEmail(label: string): string {
  return `${label}-${randomUUID().slice(0, 8)}@example.org`;
}

/** Signs in through the form, as a person would. */
export async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** Creates an account straight through the API (with consent), for tests about something else. */
export async function createAccount(
  harness: Harness,
  account: { email: string; password: string; name: string },
): Promise<void> {
  const { HEALTH_DATA_CONSENT } = await import('../src/core/consent.ts');
  const since = await harness.mailCount();
  const response = await fetch(`${harness.baseUrl}/api/auth/sign-up/email`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ ...account, healthConsentVersion: HEALTH_DATA_CONSENT.version }),
  });
  if (!response.ok) throw new Error(`sign-up failed: ${response.status} ${await response.text()}`);
  // The address is confirmed as its owner would, by opening the mailed link (its login session unused).
  const link = await confirmationLink(harness, account.email, since);
  const confirmed = await fetch(link, { redirect: 'manual' });
  if (confirmed.status !== 303) throw new Error(`confirming ${account.email} failed: ${confirmed.status}`);
}

/** The sign-up link mailed to `email` after `since` (a count from mailCount()). */
export async function confirmationLink(harness: Harness, email: string, since: number): Promise<string> {
  const mail = await harness.waitForMail(email, since);
  if (!mail.subject.startsWith('Confirm your email') || !mail.link) {
    throw new Error(`the mail to ${email} is not a sign-up link: ${mail.subject}`);
  }
  return mail.link;
}

/**
 * After "Create account" in the browser: the check-your-email step, then the mailed link opened in the
 * same page, which signs in and carries on in the app.
 */
export async function confirmSignUpInBrowser(
  harness: Harness,
  page: Page,
  email: string,
  since: number,
): Promise<void> {
  await expectHeading(page, 'Check your email');
  await page.goto(await confirmationLink(harness, email, since));
}

/** The text of the form's alert (role="alert") once it says something. */
export async function alertText(page: Page): Promise<string> {
  const alert = page.getByRole('alert').filter({ hasText: /\S/ });
  await alert.first().waitFor({ state: 'visible' });
  return (await alert.first().textContent())?.trim() ?? '';
}

/** A link in the top bar's navigation. */
export function navLink(page: Page, name: string): Locator {
  return page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true });
}

/** The message shown beside a box, as its screen reader description (aria-describedby) reads. */
export async function fieldMessage(page: Page, label: string): Promise<string> {
  const field = page.getByLabel(label, { exact: true });
  const ids = ((await field.getAttribute('aria-describedby')) ?? '')
    .split(' ')
    .filter((id) => id.endsWith('-error'));
  if (ids.length === 0) return '';
  return (await page.locator(`[id="${ids[0]}"]`).textContent())?.trim() ?? '';
}

const MIN_TARGET_PX = 44;

/** Controls smaller than a fingertip; links inside sentences are exempt, as WCAG allows. */
export async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate((minimum) => {
    const selector = [
      'button',
      'select',
      'input:not([type="checkbox"]):not([type="radio"])',
      '.checkbox',
      '.level-picker__option',
      '.yes-no__option',
      '.segmented__option',
      '.button',
      '.topbar a',
      '.tabbar a',
      '.links a',
      '.aside a',
      '.back-link',
      '.card--link',
      '.callout a',
      '.answers__change a',
      'summary',
    ].join(',');
    return [...document.querySelectorAll<HTMLElement>(selector)]
      .filter((element) => element.offsetParent !== null && !element.closest('.visually-hidden'))
      .map((element) => ({ element, box: element.getBoundingClientRect() }))
      .filter(({ box }) => box.height < minimum || box.width < minimum)
      .map(
        ({ element, box }) =>
          `${element.tagName} "${element.textContent?.trim()}" ${box.width}×${box.height}`,
      );
  }, MIN_TARGET_PX);
}

/** A picture of the screen for a person to look at, then axe and the size of every control. */
export async function checkScreen(page: Page, name: string): Promise<void> {
  await saveScreen(page, name);
  expect(await seriousAccessibilityViolations(page), `axe on ${name}`).toEqual([]);
  expect(await smallTargets(page), `touch targets on ${name}`).toEqual([]);
}
