/**
 * An editor makes an episode: starts it from the list, uploads an MP3 and a WebVTT transcript (each shown
 * as the server read it), marks it premium, saves, and schedules it for the next release; the list marks
 * it (and the demo's premium episode) Premium. Axe on the list and the form.
 */
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  checkScreen,
  createAccount,
  expectHeading,
  type Harness,
  signIn,
  startHarness,
  uniqueEmail,
  visible,
} from './harness.ts';

describe('an editor’s episode', () => {
  let harness: Harness;
  const editor = {
    email: uniqueEmail('editor'),
    password: 'a long and memorable password',
    name: 'Eda Editor',
  };

  beforeAll(async () => {
    harness = await startHarness();
    await createAccount(harness, editor);
    await harness
      .database()
      .updateTable('users')
      .set({ editor_since: new Date() })
      .where('email', '=', editor.email)
      .execute();
  });

  afterAll(async () => {
    await harness?.stop();
  });

  it('uploads an MP3 and a transcript, saves and schedules', async () => {
    const page = await harness.newPage({ isLaptop: true });
    await signIn(page, editor.email, editor.password);
    await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
    await page.goto('/editor/episodes');
    await expectHeading(page, 'Episodes');
    // The demo podcast's episodes are listed, released and scheduled alike.
    await visible(page.getByRole('link', { name: 'Your hips and your back' }));
    await checkScreen(page, 'editor-episodes-demo');

    await page.getByRole('button', { name: 'New episode' }).click();
    await expectHeading(page, 'Edit episode');
    await page.getByLabel('Title', { exact: true }).fill('Sitting at work');
    await page.getByLabel('Summary').fill('How to sit through a working day.');

    const mp3 = await readFile(
      new URL('../src/server/publication/media-checks/fixtures/speech.mp3', import.meta.url),
    );
    await page
      .getByLabel('Audio or video')
      .setInputFiles({ name: 'speech.mp3', mimeType: 'audio/mpeg', buffer: mp3 });
    await expect
      .poll(() => page.getByTestId('media-read').textContent())
      .toMatch(/^audio\/mpeg, 0:03, \d+ KB/);

    // A file that is not what it says is refused in words, and nothing is attached.
    await page
      .getByLabel('Transcript')
      .setInputFiles({ name: 'words.vtt', mimeType: 'text/vtt', buffer: mp3 });
    await visible(page.locator('#transcript-error'));
    expect(await page.getByTestId('transcript-read').count()).toBe(0);
    const vtt = Buffer.from('WEBVTT\n\n00:00:00.000 --> 00:00:03.000\nHello and welcome back.\n');
    await page
      .getByLabel('Transcript')
      .setInputFiles({ name: 'words.vtt', mimeType: 'text/vtt', buffer: vtt });
    await expect.poll(() => page.getByTestId('transcript-read').textContent()).toContain('text/vtt');

    const premium = page.getByRole('checkbox', { name: 'Premium', exact: true });
    await premium.check();
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await visible(page.getByRole('status').filter({ hasText: 'Saved.' }));
    const [row] = await harness
      .database()
      .selectFrom('episodes')
      .select(['title', 'transcript_text', 'media_id', 'status', 'is_premium'])
      .where('title', '=', 'Sitting at work')
      .execute();
    expect(row).toMatchObject({ title: 'Sitting at work', status: 'draft', is_premium: true });
    await page.reload();
    await expectHeading(page, 'Edit episode');
    await expect.poll(() => premium.isChecked()).toBe(true);
    expect(row?.transcript_text).toContain('Hello and welcome back.');
    expect(row?.media_id).toMatch(/^[0-9a-f]{64}$/);

    await page.getByRole('button', { name: 'Save and schedule' }).click();
    await visible(page.getByRole('status').filter({ hasText: 'Scheduled.' }));
    await expect.poll(() => page.getByTestId('episode-status').textContent()).toMatch(/^Scheduled for /);
    await checkScreen(page, 'editor-episode-scheduled');

    await page.getByRole('link', { name: 'All episodes' }).click();
    await visible(page.getByRole('link', { name: 'Sitting at work' }));
    const card = (title: string) =>
      page.getByRole('listitem').filter({ has: page.getByRole('link', { name: title, exact: true }) });
    await visible(card('Sitting at work').getByText('Premium', { exact: true }));
    await visible(card('Your hips and your back').getByText('Premium', { exact: true }));
    expect(await card('The bridge, a stepping stone').getByText('Premium', { exact: true }).count()).toBe(0);
    await checkScreen(page, 'editor-episodes-list');
    const phone = await harness.newPage();
    await signIn(phone, editor.email, editor.password);
    await phone.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
    await phone.goto('/editor/episodes');
    await phone.getByRole('link', { name: 'Sitting at work' }).click();
    await expectHeading(phone, 'Edit episode');
    await checkScreen(phone, 'editor-episode-phone');
  });
});
