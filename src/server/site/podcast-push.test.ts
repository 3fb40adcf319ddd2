import { DomUtils } from 'htmlparser2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allElements, parseHtml } from '../testing/html-dom.ts';
import { startTestServer, type TestServer } from '../testing/test-server.ts';
import { PODCAST_PUSH_SCRIPT } from './site-assets.ts';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

describe('the free podcast notification on the homepage', () => {
  it('is hidden until its script, served from this site, finds push in the browser', async () => {
    const home = await server.app.inject({ method: 'GET', url: '/' });
    expect(home.statusCode).toBe(200);
    const elements = allElements(parseHtml(home.body));
    const offer = elements.find((element) => element.attribs['data-podcast-push'] !== undefined);
    expect(offer?.attribs.hidden).toBeDefined();
    const inside = offer ? DomUtils.findAll(() => true, offer.children) : [];
    expect(inside.filter((element) => element.name === 'button').map((b) => DomUtils.textContent(b))).toEqual(
      ['Get the free podcast notification'],
    );
    // Nothing personal is asked: no field to fill in.
    expect(inside.filter((element) => ['input', 'form', 'textarea'].includes(element.name))).toEqual([]);

    const scripts = elements.filter((element) => element.name === 'script' && element.attribs.src);
    expect(scripts.map((script) => script.attribs.src)).toContain(PODCAST_PUSH_SCRIPT.path);
    expect(home.headers['content-security-policy']).toContain("script-src 'self'");

    const script = await server.app.inject({ method: 'GET', url: PODCAST_PUSH_SCRIPT.path });
    expect(script.statusCode).toBe(200);
    expect(script.headers['content-type']).toContain('text/javascript');
    expect(script.body).toContain('/api/publication/push-subscriptions/end');
  });
});
