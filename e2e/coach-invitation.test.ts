import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DEMO,
  DEMO_PASSWORD,
  expectHeading,
  type Harness,
  navLink,
  saveScreen,
  signIn,
  startHarness,
  uniqueEmail,
  visible,
} from './harness.ts';

describe('an admin inviting a coach', () => {
  let harness: Harness;
  const coachEmail = uniqueEmail('coach');
  const coachPassword = 'coaching is my calling';
  let inviteLink = '';

  beforeAll(async () => {
    harness = await startHarness();
  });

  afterAll(async () => {
    await harness?.stop();
  });

  it('invites a coach from the account page and sees them in the accounts list', async () => {
    const page = await harness.newPage();
    await signIn(page, DEMO.admin, DEMO_PASSWORD);
    await page.waitForURL('**/exercises');
    await navLink(page, 'Account').click();
    await expectHeading(page, 'Your account');
    expect(await page.getByTestId('role').textContent()).toBe('Administrator');

    const accounts = page.getByRole('list', { name: 'Accounts' });
    await visible(accounts.getByText(DEMO.member));
    expect(await accounts.getByText(coachEmail).count()).toBe(0);

    const mailsBefore = await harness.mailCount();
    await page.getByLabel('Coach’s name').fill('Jo Coach-Smith');
    await page.getByLabel('Coach’s email').fill(coachEmail);
    await page.getByRole('button', { name: 'Send invitation' }).click();
    await visible(page.getByText(`Invitation sent to Jo Coach-Smith (${coachEmail}).`));
    await visible(accounts.getByText(coachEmail));
    expect(await page.getByLabel('Coach’s email').inputValue()).toBe('');

    // Inviting the same person twice is refused with the server's reason.
    await page.getByLabel('Coach’s name').fill('Jo Coach-Smith');
    await page.getByLabel('Coach’s email').fill(coachEmail);
    await page.getByRole('button', { name: 'Send invitation' }).click();
    await visible(page.getByRole('alert').getByText('This email already has an account.'));
    await saveScreen(page, 'account-admin-invite-refused');

    const mail = await harness.waitForMail(coachEmail, mailsBefore);
    expect(mail.subject).toBe('You are invited to coach on Backstrong');
    expect(mail.link).toContain('&invited=1');
    inviteLink = mail.link ?? '';
  });

  it('lets the coach follow the invitation, choose a password and sign in as a coach', async () => {
    const page = await harness.newPage();
    await page.goto(inviteLink);
    await expectHeading(page, 'Welcome — choose your password');
    await visible(page.getByText('You have been invited to coach on Backstrong.'));
    await page.getByLabel('Your password').fill(coachPassword);
    await page.getByRole('button', { name: 'Save password' }).click();
    await page.waitForURL('**/sign-in?password=saved');

    await page.getByLabel('Email').fill(coachEmail);
    await page.getByLabel('Password', { exact: true }).fill(coachPassword);
    await page.getByRole('button', { name: 'Sign in' }).click();
    // A new coach lands on their caseload, empty until an admin assigns members.
    await page.waitForURL('**/coach');
    await expectHeading(page, 'Your members');
    await visible(page.getByText('An admin assigns members to you', { exact: false }));
    expect(await page.getByLabel('Find a member').count()).toBe(0);
    await navLink(page, 'Account').click();
    await expectHeading(page, 'Your account');
    expect(await page.getByTestId('role').textContent()).toBe('Coach');
    await visible(page.getByText('Jo Coach-Smith'));
    // Only admins see the invitation form.
    expect(await page.getByRole('heading', { name: 'Invite a coach' }).count()).toBe(0);
  });
});
