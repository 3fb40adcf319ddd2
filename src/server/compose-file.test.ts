/**
 * compose.yaml, read with a YAML parser: every app instance's settings pass the server's own
 * configuration check, and the instances listen on the ports deploy/nginx.conf sends requests to.
 * (The image itself is built and run by container-image.test.ts; no compose tool runs here.)
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadConfig } from './config.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');

interface Service {
  environment?: Record<string, string>;
  network_mode?: string;
  image?: string;
  build?: { dockerfile: string };
}

/** `${NAME:?message}` and `${NAME:-default}` as compose fills them, with .env giving `given`. */
function interpolate(value: string, given: Record<string, string>): string {
  return value.replace(/\$\{(\w+)(?::([?-])([^}]*))?\}/g, (_, name: string, kind?: string, rest?: string) => {
    if (given[name] !== undefined) return given[name];
    if (kind === '?') throw new Error(`${name} is required: ${rest}`);
    return rest ?? '';
  });
}

const dotEnv = {
  POSTGRES_PASSWORD: 'a-long-password',
  PUBLIC_URL: 'https://backstrong.example.org',
  AUTH_SECRET: 'a secret of at least thirty-two characters',
  VAPID_PUBLIC_KEY: 'BH4ps9026p00B5fw6SFp4NJmlg4i9gIFfbk_GvxledBs8y5Ek_JsMuv1O8b0jOfyzO1fI3WQQUJ1kx0SO38DJwM',
  VAPID_PRIVATE_KEY: 'RoMnj5T9LS-JiGv6C7PJlVN4kSxUvyP42LhJ3rEDj0o',
  SMTP_URL: 'smtp://mail.example.org:587',
  MAIL_FROM: 'Backstrong <hello@backstrong.example.org>',
};

describe('compose.yaml', async () => {
  const compose = parse(await readFile(path.join(ROOT, 'compose.yaml'), 'utf8'), { merge: true }) as {
    services: Record<string, Service>;
  };
  const apps = Object.entries(compose.services).filter(([name]) => name.startsWith('app'));
  const nginx = await readFile(path.join(ROOT, 'deploy/nginx.conf'), 'utf8');
  const upstreamPorts = [...nginx.matchAll(/server 127\.0\.0\.1:(\d+)/g)].map((match) => match[1]);

  it('runs three instances of the Containerfile’s image, on the host’s network', () => {
    expect(apps).toHaveLength(3);
    for (const [, app] of apps) {
      expect(app.build?.dockerfile).toBe('Containerfile');
      expect(app.network_mode).toBe('host');
    }
  });

  it('gives every instance settings the server accepts, as a cluster needs them', () => {
    for (const [name, app] of apps) {
      const env = Object.fromEntries(
        Object.entries(app.environment ?? {}).map(([key, value]) => [
          key,
          interpolate(String(value), dotEnv),
        ]),
      );
      const config = loadConfig(env);
      expect(config.databaseUrl, name).toContain('@127.0.0.1:5432/backstrong');
      expect(config.authSecret, name).toBe(dotEnv.AUTH_SECRET);
      expect(config.seedDemoAccounts, name).toBe(false);
    }
  });

  it('says which setting is missing when .env lacks it', () => {
    const [, app] = apps[0] ?? [];
    const withoutSecret = { ...dotEnv, AUTH_SECRET: undefined } as unknown as Record<string, string>;
    expect(() =>
      Object.values(app?.environment ?? {}).map((value) => interpolate(String(value), withoutSecret)),
    ).toThrow(/AUTH_SECRET is required/);
  });

  it('listens on the ports deploy/nginx.conf sends requests to', () => {
    expect(apps.map(([, app]) => app.environment?.PORT)).toEqual(upstreamPorts);
  });
});
