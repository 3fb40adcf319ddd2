/**
 * The admin's side of membership in the browser: on Account, the month's revenue, every member with
 * their tier and why, a comp granted and ended by hand, and a price changed that members then see. One
 * member pays through Stripe's checkout (an in-process fake of Stripe, sending its webhooks back).
 */
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FakeStripe } from '../src/server/billing/fake-stripe/fake-stripe.ts';
import {
  checkScreen,
  createAccount,
  DEMO,
  DEMO_PASSWORD,
  expectHeading,
  fieldMessage,
  followClock,
  type Harness,
  type MovableClock,
  movableClock,
  signIn,
  uniqueEmail,
  visible,
} from './harness.ts';
import { startHarnessWithStripe } from './with-stripe.ts';

const PASSWORD = 'a long and memorable password';

describe('membership for the admin: members’ tiers, comps, prices and revenue', () => {
  let fake: FakeStripe;
  let harness: Harness;
  let admin: Page;
  let clock: MovableClock;
  const payer = { email: uniqueEmail('payer'), password: PASSWORD, name: 'Paula Payer' };
  const freeMember = { email: uniqueEmail('free'), password: PASSWORD, name: 'Fred Free' };

  beforeAll(async () => {
    clock = movableClock();
    ({ harness, fake } = await startHarnessWithStripe({ clock }));
    await createAccount(harness, payer);
    await createAccount(harness, freeMember);

    // The paying member subscribes monthly on Stripe's page, and comes back premium.
    const member = await harness.newPage();
    await followClock(member, clock);
    await signIn(member, payer.email, payer.password);
    await member.waitForURL((url) => url.pathname !== '/sign-in');
    await member.goto('/membership');
    await member.getByRole('button', { name: 'Premium: €12 a month' }).click();
    await member.waitForURL((url) => url.href.startsWith(fake.url));
    await member.getByRole('button', { name: 'Pay' }).click();
    await member.getByText('Welcome to Premium. Everything is open to you now.').waitFor({ timeout: 20_000 });
    await member.close();

    admin = await harness.newPage();
    await followClock(admin, clock);
    await signIn(admin, DEMO.admin, DEMO_PASSWORD);
    await admin.waitForURL((url) => url.pathname !== '/sign-in');
  });

  afterAll(async () => {
    await harness?.stop();
    await fake?.close();
  });

  const tiersList = () => admin.getByRole('region', { name: 'Members’ tiers' });
  const rowOf = (name: string): Locator =>
    tiersList().getByTestId('membership-member').filter({ hasText: name });

  async function find(text: string) {
    await tiersList().getByLabel('Find a member').fill(text);
    await tiersList().getByRole('button', { name: 'Find', exact: true }).click();
  }

  it('sees the month’s revenue: the paying member’s €12.00 a month, new this month', async () => {
    await admin.goto('/account');
    await expectHeading(admin, 'Your account');
    const revenue = admin.getByRole('region', { name: 'Membership revenue' });
    await visible(revenue.getByText('The figures for March 2026, so far.'));
    const figure = (term: string) => revenue.locator('.figures__item', { hasText: term }).locator('dd');
    expect(await figure('Monthly recurring revenue').textContent()).toBe('€12.00');
    expect(await figure('Paying subscriptions').textContent()).toBe('1');
    expect(await figure('New this month').textContent()).toBe('1');
    await visible(figure('Churn this month').getByText('None were active when the month began.'));
  });

  it('sees each member’s tier and why, and finds them by name or email', async () => {
    await find('paula');
    await visible(rowOf(payer.name).getByText(/^Pays €12\.00 a month, renews \d+ Apr 2026$/));
    expect(await rowOf(payer.name).locator('.tier-badge').textContent()).toBe('Premium');
    await find(freeMember.email.toUpperCase());
    await visible(rowOf(freeMember.name).getByText('Never had premium'));
    expect(await rowOf(freeMember.name).locator('.tier-badge').textContent()).toBe('Free');
    await find('nobody-by-this-name');
    await visible(tiersList().getByText('No member matches “nobody-by-this-name”.'));
    await find('');
    await visible(rowOf('Dana Member').first());
    await checkScreen(admin, 'membership-admin-phone');
  });

  it('grants a member premium by hand with no end, then ends it', async () => {
    await find('fred');
    const row = rowOf(freeMember.name);
    await row.getByRole('button', { name: `Grant premium for ${freeMember.name}` }).click();
    const form = row.getByRole('form', { name: `Grant premium to ${freeMember.name}` });
    // Nothing chosen yet: each box says what it needs.
    await form.getByRole('button', { name: 'Grant premium' }).click();
    expect(await fieldMessage(admin, 'Last day of premium')).toBe('Error: Choose the last day of premium.');
    expect(await fieldMessage(admin, 'Reason')).toBe('Error: Say why, for whoever reads this later.');
    await checkScreen(admin, 'membership-admin-comp-phone');
    await form.getByRole('radio', { name: 'With no end' }).check();
    await form.getByLabel('Reason').fill('Clinic pilot');
    await form.getByRole('button', { name: 'Grant premium' }).click();
    await visible(tiersList().getByRole('status').getByText('Fred Free has premium with no end.'));
    await visible(rowOf(freeMember.name).getByText('Comp with no end (Clinic pilot)'));
    expect(await rowOf(freeMember.name).locator('.tier-badge').textContent()).toBe('Premium');

    await rowOf(freeMember.name)
      .getByRole('button', { name: `End comp for ${freeMember.name}` })
      .click();
    await visible(tiersList().getByRole('status').getByText('Fred Free’s comp has ended.'));
    await visible(rowOf(freeMember.name).getByText('Premium has ended'));
    expect(await rowOf(freeMember.name).locator('.tier-badge').textContent()).toBe('Free');
  });

  it('changes the monthly price in major units, naming a bad one, and members see the new price', async () => {
    const settings = admin.getByRole('region', { name: 'Tiers and prices' });
    const monthly = settings.getByLabel('Monthly price (EUR)');
    expect(await monthly.inputValue()).toBe('12.00');
    // Safety is shown as always included, and is not among the choices.
    await visible(settings.getByText('The red-flag safety questions'));
    expect(await settings.getByRole('checkbox', { name: 'The red-flag safety questions' }).count()).toBe(0);
    await monthly.fill('twelve');
    await settings.getByRole('button', { name: 'Save the tiers' }).click();
    expect(await fieldMessage(admin, 'Monthly price (EUR)')).toBe('Error: Enter a price such as 12.00.');
    await monthly.fill('9.99');
    await settings.getByRole('button', { name: 'Save the tiers' }).click();
    await visible(settings.getByText('The tiers are saved. Members see them from now on.'));

    const reader = await harness.newPage();
    await followClock(reader, clock);
    await signIn(reader, freeMember.email, freeMember.password);
    await reader.waitForURL((url) => url.pathname !== '/sign-in');
    await reader.goto('/membership');
    await expectHeading(reader, 'Membership');
    await visible(reader.getByText(/€9\.99/).first());
    await reader.close();
  });

  it('reads well on a laptop', async () => {
    const laptop = await harness.newPage({ isLaptop: true });
    await laptop.context().addCookies(await admin.context().cookies());
    await followClock(laptop, clock);
    await laptop.goto('/account');
    await expectHeading(laptop, 'Your account');
    await visible(laptop.getByRole('region', { name: 'Membership revenue' }).getByText('€12.00'));
    await visible(
      laptop.getByRole('region', { name: 'Members’ tiers' }).getByTestId('membership-member').first(),
    );
    await checkScreen(laptop, 'membership-admin-laptop');
  });
});
