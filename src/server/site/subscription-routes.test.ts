import { randomUUID } from 'node:crypto';
import { DomUtils } from 'htmlparser2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outboxDirectory } from '../mail/mailer.ts';
import { confirmationToken, subscriptionKey, unsubscribeToken } from '../publication/subscription-tokens.ts';
import { allElements, parseHtml, unsafeMarkupIn } from '../testing/html-dom.ts';
import { newestMailTo, outboxMails } from '../testing/outbox.ts';
import { insertArticle, insertEpisode } from '../testing/publication-fixtures.ts';
import { startTestServer, TEST_AUTH_SECRET, type TestServer } from '../testing/test-server.ts';

let server: TestServer;
let now = new Date('2026-12-01T10:00:00Z');
const key = subscriptionKey(TEST_AUTH_SECRET);
const form = { 'content-type': 'application/x-www-form-urlencoded' };

beforeAll(async () => {
  server = await startTestServer({ clock: () => now });
  const articleId = await insertArticle(server.database.db, { slug: 'hips-first', title: 'Hips first' });
  await insertEpisode(server.database.db, { slug: 'episode-one', title: 'Episode one', articleId });
});
afterAll(() => server.close());

const db = () => server.database.db;
const subscribe = (body: string, headers: Record<string, string> = form) =>
  server.app.inject({ method: 'POST', url: '/subscribe', headers, payload: body });
const subscriberRows = () => db().selectFrom('subscribers').selectAll().orderBy('email').execute();

/** The page's forms with their method, action and fields, as a browser without JavaScript would send them. */
function formsOf(page: string) {
  return allElements(parseHtml(page))
    .filter((element) => element.name === 'form')
    .map((element) => ({
      method: element.attribs.method,
      action: element.attribs.action,
      fields: DomUtils.findAll((inner) => inner.name === 'input', element.children).map(
        (input) => input.attribs,
      ),
    }));
}

function textOf(page: string): string {
  return DomUtils.textContent(parseHtml(page)).replace(/\s+/g, ' ');
}

async function confirmationLinkFor(email: string): Promise<URL> {
  await server.mailDelivered();
  const mail = await newestMailTo(outboxDirectory(server.dataDir), email);
  expect(mail.subject).toBe('Confirm your Backstrong Sunday email');
  return new URL(mail.link ?? '');
}

describe('the sign-up form', () => {
  it.each(['/', '/articles/hips-first', '/episodes/episode-one', '/subscribe'])(
    'is on %s: email only, posting to /subscribe, saying what comes and that one can leave',
    async (url) => {
      const response = await server.app.inject({ method: 'GET', url });
      expect(response.statusCode).toBe(200);
      const signUp = formsOf(response.body).filter((each) => each.action === '/subscribe');
      expect(signUp).toEqual([
        {
          method: 'post',
          action: '/subscribe',
          fields: [expect.objectContaining({ name: 'email', type: 'email' })],
        },
      ]);
      expect(textOf(response.body)).toMatch(/One email each Sunday .* no tracking .* leave any time/);
      expect(
        unsafeMarkupIn(response.body, {
          allowScriptsOfType: ['application/ld+json'],
          allowScriptsFrom: '/site/',
        }),
      ).toEqual([]);
    },
  );
});

describe('POST /subscribe', () => {
  it('answers "check your inbox", mails the 48-hour confirmation link, and stores nothing yet', async () => {
    const response = await subscribe('email=%20New.Reader%40Example.org%20');
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('no-store');
    expect(textOf(response.body)).toContain('Check your inbox');
    const link = await confirmationLinkFor('new.reader@example.org');
    expect(link.origin + link.pathname).toBe('http://localhost:3000/subscribe/confirm');
    expect(link.searchParams.get('token')).toBeTruthy();
    expect(await subscriberRows()).toEqual([]);
  });

  it('answers an address already subscribed exactly as a new one, and mails it no second confirmation', async () => {
    await db()
      .insertInto('subscribers')
      .values({ id: randomUUID(), email: 'already@example.org', consented_at: now })
      .execute();
    const known = await subscribe('email=already%40example.org');
    const unknown = await subscribe('email=unknown%40example.org');
    expect(known.statusCode).toBe(unknown.statusCode);
    expect(known.headers['content-type']).toBe(unknown.headers['content-type']);
    expect(known.body.replace('already@example.org', 'X')).toBe(
      unknown.body.replace('unknown@example.org', 'X'),
    );
    await server.mailDelivered();
    const mail = await newestMailTo(outboxDirectory(server.dataDir), 'already@example.org');
    expect(mail.subject).toBe('You already get the Backstrong Sunday email');
    expect(mail.raw).not.toContain('/subscribe/confirm');
    expect(mail.link).toMatch(/^http:\/\/localhost:3000\/unsubscribe\?token=/);
  });

  it.each([
    ['no address', 'email=', 'Email address: enter'],
    ['a broken address', 'email=not-an-address', 'Email address: this is not a complete address'],
    ['no field at all', 'other=1', 'Email address: enter'],
  ])(
    'with %s shows the form again with a 400, naming the field and keeping what was typed',
    async (_what, body, error) => {
      const before = (await outboxMails(outboxDirectory(server.dataDir))).length;
      const response = await subscribe(body);
      expect(response.statusCode).toBe(400);
      expect(response.headers['content-type']).toMatch(/^text\/html/);
      expect(textOf(response.body)).toContain(error);
      const input = formsOf(response.body)[0]?.fields[0];
      expect(input?.['aria-invalid']).toBe('true');
      if (body === 'email=not-an-address') expect(input?.value).toBe('not-an-address');
      await server.mailDelivered();
      expect((await outboxMails(outboxDirectory(server.dataDir))).length).toBe(before);
    },
  );

  it('takes a JSON body or plain text as having no address (400), never a 500', async () => {
    const json = await subscribe(JSON.stringify({ email: ['a@example.org'] }), {
      'content-type': 'application/json',
    });
    expect(json.statusCode).toBe(400);
    const text = await subscribe('a@example.org', { 'content-type': 'text/plain' });
    expect(text.statusCode).toBe(400);
    const huge = await subscribe(`email=${'a'.repeat(300)}%40example.org`);
    expect(huge.statusCode).toBe(400);
  });
});

it('reads form bodies on these pages only: an API route still refuses one (415)', async () => {
  const response = await server.app.inject({
    method: 'POST',
    url: '/api/auth/sign-in/email',
    headers: form,
    payload: 'email=a%40example.org&password=x',
  });
  expect(response.statusCode).toBe(415);
});

it('answers hostile input on every sign-up route with a 4xx, never a 5xx, and stores nobody', async () => {
  const bodies: [string, string][] = [
    ['application/x-www-form-urlencoded', 'email=a%00b%40example.org'],
    ['application/x-www-form-urlencoded', 'email=%FF%FE%40example.org'],
    ['application/x-www-form-urlencoded', 'email=a%40example.org&email=b%40example.org'],
    ['application/x-www-form-urlencoded', '__proto__[email]=a%40example.org'],
    ['application/x-www-form-urlencoded', `token=${'%'.repeat(3000)}`],
    ['application/x-www-form-urlencoded', 'token[]=x&token[]=y'],
    ['application/json', '{"email": {"$ne": null}, "token": 7}'],
    ['application/json', '{"email": '],
    ['multipart/form-data; boundary=x', '--x\r\nnot a part'],
    ['application/xml', '<email>a@example.org</email>'],
  ];
  const targets = [
    '/subscribe',
    '/subscribe/confirm',
    `/unsubscribe?token=${'%E0%A4%A'.repeat(50)}`,
    '/unsubscribe?token=a&token=b',
    '/unsubscribe?token=%00',
  ];
  const statuses = new Set<number>();
  for (const url of targets) {
    for (const [contentType, payload] of bodies) {
      const response = await server.app.inject({
        method: 'POST',
        url,
        headers: { 'content-type': contentType },
        payload,
      });
      statuses.add(response.statusCode);
      expect(response.statusCode, `${url} ${contentType} ${payload}`).toBeGreaterThanOrEqual(400);
      expect(response.statusCode, `${url} ${contentType} ${payload}`).toBeLessThan(500);
    }
  }
  expect([...statuses].sort()).toEqual(expect.arrayContaining([400, 415]));
  expect((await subscriberRows()).map((row) => row.email)).toEqual(['already@example.org']);
});

describe('confirming', () => {
  it('shows a Confirm button on GET (a link scanner changes nothing) and subscribes on POST, once', async () => {
    await subscribe('email=confirm.me%40example.org');
    const link = await confirmationLinkFor('confirm.me@example.org');
    const page = await server.app.inject({ method: 'GET', url: link.pathname + link.search });
    expect(page.statusCode).toBe(200);
    expect(page.headers['x-robots-tag']).toBe('noindex');
    const [confirmForm] = formsOf(page.body);
    expect(confirmForm).toEqual({
      method: 'post',
      action: '/subscribe/confirm',
      fields: [{ type: 'hidden', name: 'token', value: link.searchParams.get('token') }],
    });
    // Opening the link twice (a scanner, then the reader) stores nothing.
    await server.app.inject({ method: 'GET', url: link.pathname + link.search });
    expect((await subscriberRows()).map((row) => row.email)).not.toContain('confirm.me@example.org');

    const body = `token=${encodeURIComponent(link.searchParams.get('token') ?? '')}`;
    const confirmedAt = now;
    const first = await server.app.inject({
      method: 'POST',
      url: '/subscribe/confirm',
      headers: form,
      payload: body,
    });
    expect(first.statusCode).toBe(200);
    expect(textOf(first.body)).toContain('You are signed up');
    now = new Date(now.getTime() + 60_000);
    const second = await server.app.inject({
      method: 'POST',
      url: '/subscribe/confirm',
      headers: form,
      payload: body,
    });
    expect(second.statusCode).toBe(200);
    const rows = (await subscriberRows()).filter((row) => row.email === 'confirm.me@example.org');
    expect(rows).toHaveLength(1);
    expect(Object.keys(rows[0] ?? {}).sort()).toEqual(['consented_at', 'email', 'id']);
    expect(rows[0]?.consented_at).toEqual(confirmedAt);
  });

  it('refuses a link older than 48 hours with 410, offering the form again; nothing is stored', async () => {
    const token = confirmationToken(key, 'late@example.org', new Date(now.getTime() - 1000));
    const url = `/subscribe/confirm?token=${encodeURIComponent(token)}`;
    const page = await server.app.inject({ method: 'GET', url });
    expect(page.statusCode).toBe(410);
    expect(textOf(page.body)).toContain('This link has expired');
    expect(formsOf(page.body).map((each) => each.action)).toEqual(['/subscribe']);
    const post = await server.app.inject({
      method: 'POST',
      url: '/subscribe/confirm',
      headers: form,
      payload: `token=${encodeURIComponent(token)}`,
    });
    expect(post.statusCode).toBe(410);
    expect((await subscriberRows()).map((row) => row.email)).not.toContain('late@example.org');
  });

  it.each([
    [
      'a forged signature',
      `${confirmationToken(key, 'x@example.org', new Date('2030-01-01')).slice(0, -3)}abc`,
    ],
    [
      'another key',
      confirmationToken(
        subscriptionKey('another-secret-0123456789abcdef'),
        'x@example.org',
        new Date('2030-01-01'),
      ),
    ],
    ['an unsubscribe token', unsubscribeToken(key, randomUUID())],
    ['nothing', ''],
    ['a huge token', 'a'.repeat(5000)],
  ])('refuses %s with 400, offering the form again', async (_what, token) => {
    const page = await server.app.inject({
      method: 'GET',
      url: `/subscribe/confirm?token=${encodeURIComponent(token)}`,
    });
    expect(page.statusCode).toBe(400);
    expect(textOf(page.body)).toContain('This link does not work');
    expect(formsOf(page.body).map((each) => each.action)).toEqual(['/subscribe']);
    const post = await server.app.inject({
      method: 'POST',
      url: '/subscribe/confirm',
      headers: form,
      payload: `token=${encodeURIComponent(token)}`,
    });
    expect(post.statusCode).toBe(400);
    expect((await subscriberRows()).map((row) => row.email)).not.toContain('x@example.org');
  });
});

describe('unsubscribing', () => {
  async function subscriber(email: string): Promise<{ id: string; url: string }> {
    const id = randomUUID();
    await db().insertInto('subscribers').values({ id, email, consented_at: now }).execute();
    return { id, url: `/unsubscribe?token=${encodeURIComponent(unsubscribeToken(key, id))}` };
  }

  it('shows an Unsubscribe button on GET that posts back to the same link, and deletes nobody', async () => {
    const { url } = await subscriber('button@example.org');
    const page = await server.app.inject({ method: 'GET', url });
    expect(page.statusCode).toBe(200);
    expect(textOf(page.body)).toContain('button@example.org');
    expect(formsOf(page.body)).toEqual([
      {
        method: 'post',
        action: url,
        fields: [{ type: 'hidden', name: 'List-Unsubscribe', value: 'One-Click' }],
      },
    ]);
    expect((await subscriberRows()).map((row) => row.email)).toContain('button@example.org');
  });

  it("takes RFC 8058's one-click POST from a mail provider's server: no cookie, another origin, twice", async () => {
    const { id, url } = await subscriber('one-click@example.org');
    const slot = new Date('2026-11-29T07:00:00Z');
    await db().insertInto('releases').values({ slot, released_at: slot }).execute();
    await db()
      .insertInto('release_emails')
      .values({ slot, subscriber_id: id, mail_id: randomUUID(), queued_at: slot })
      .execute();
    const oneClick = () =>
      server.app.inject({
        method: 'POST',
        url,
        headers: { ...form, origin: 'https://mail.provider.example', 'sec-fetch-site': 'cross-site' },
        payload: 'List-Unsubscribe=One-Click',
      });
    const first = await oneClick();
    expect(first.statusCode).toBe(200);
    expect(textOf(first.body)).toContain('You are unsubscribed');
    expect(first.headers['set-cookie']).toBeUndefined();
    expect((await subscriberRows()).map((row) => row.email)).not.toContain('one-click@example.org');
    expect(
      await db().selectFrom('release_emails').selectAll().where('subscriber_id', '=', id).execute(),
    ).toEqual([]);
    expect((await oneClick()).statusCode).toBe(200);
    const page = await server.app.inject({ method: 'GET', url });
    expect(page.statusCode).toBe(200);
    expect(textOf(page.body)).toContain('You are unsubscribed');
  });

  it('takes the one-click POST as multipart/form-data too, as RFC 8058 allows', async () => {
    const { url } = await subscriber('multipart@example.org');
    const boundary = 'b0undary';
    const response = await server.app.inject({
      method: 'POST',
      url,
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
      payload: `--${boundary}\r\nContent-Disposition: form-data; name="List-Unsubscribe"\r\n\r\nOne-Click\r\n--${boundary}--\r\n`,
    });
    expect(response.statusCode).toBe(200);
    expect((await subscriberRows()).map((row) => row.email)).not.toContain('multipart@example.org');
  });

  it.each([
    ['a forged token', `${randomUUID()}.not-a-signature`],
    ['a confirmation token', confirmationToken(key, 'x@example.org', new Date('2030-01-01'))],
    ['no token', ''],
  ])('refuses %s with a 400 page, deleting nobody', async (_what, token) => {
    const { id } = await subscriber(`kept-${randomUUID()}@example.org`);
    const forged = token.replace(/^[^.]+\.not/, `${id}.not`);
    const url = token ? `/unsubscribe?token=${encodeURIComponent(forged)}` : '/unsubscribe';
    const page = await server.app.inject({ method: 'GET', url });
    expect(page.statusCode).toBe(400);
    expect(textOf(page.body)).toContain('This link does not work');
    const post = await server.app.inject({
      method: 'POST',
      url,
      headers: form,
      payload: 'List-Unsubscribe=One-Click',
    });
    expect(post.statusCode).toBe(400);
    expect((await subscriberRows()).map((row) => row.id)).toContain(id);
  });
});
