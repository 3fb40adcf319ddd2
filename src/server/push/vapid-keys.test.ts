import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resolveVapidKeys } from './vapid-keys.ts';

let dataDir: string;
beforeEach(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'backstrong-vapid-'));
});
afterEach(() => rm(dataDir, { recursive: true, force: true }));

describe('the server’s VAPID keys', () => {
  it('are made once and kept in DATA_DIR for the owner alone, so subscriptions survive a restart', async () => {
    const first = await resolveVapidKeys(undefined, dataDir);
    expect(Buffer.from(first.publicKey, 'base64url')).toHaveLength(65);
    expect(Buffer.from(first.privateKey, 'base64url')).toHaveLength(32);
    expect(await resolveVapidKeys(undefined, dataDir)).toEqual(first);
    const file = path.join(dataDir, 'vapid-keys.json');
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual(first);
  });

  it('are the configured pair when one is set', async () => {
    const configured = { publicKey: 'configured-public', privateKey: 'configured-private' };
    expect(await resolveVapidKeys(configured, dataDir)).toBe(configured);
  });
});
