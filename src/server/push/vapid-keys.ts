import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import webpush from 'web-push';
import { z } from 'zod';
import type { VapidKeys } from '../config.ts';

const storedKeysSchema = z.object({ publicKey: z.string().min(80), privateKey: z.string().min(40) });

/**
 * The server's VAPID key pair, which signs every push. The configured pair wins; otherwise one is made on
 * first boot and kept in DATA_DIR (readable by the owner only): browsers subscribe with the public key,
 * so a new pair at each start would end every subscription.
 */
export async function resolveVapidKeys(
  configured: VapidKeys | undefined,
  dataDir: string,
): Promise<VapidKeys> {
  if (configured) return configured;
  const file = path.join(dataDir, 'vapid-keys.json');
  try {
    const stored = storedKeysSchema.safeParse(JSON.parse(await readFile(file, 'utf8')));
    if (stored.success) return stored.data;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT' && !(error instanceof SyntaxError)) throw error;
  }
  const keys = webpush.generateVAPIDKeys();
  await mkdir(dataDir, { recursive: true });
  await writeFile(file, `${JSON.stringify({ publicKey: keys.publicKey, privateKey: keys.privateKey })}\n`, {
    mode: 0o600,
  });
  return { publicKey: keys.publicKey, privateKey: keys.privateKey };
}
