import { createHmac, timingSafeEqual } from 'node:crypto';

/** A confirmation link works this long after it is sent. */
export const CONFIRMATION_VALID_MS = 48 * 3_600_000;

/**
 * The key that signs sign-up and unsubscribe links, derived from the app's auth secret so a link made by
 * one instance is read by every other, and a link of one kind can never pass for the other (each signs
 * its own prefix).
 */
export function subscriptionKey(authSecret: string): Buffer {
  return createHmac('sha256', authSecret).update('backstrong publication subscription links').digest();
}

function sign(key: Buffer, purpose: string, payload: string): string {
  return createHmac('sha256', key).update(`${purpose}.${payload}`).digest('base64url');
}

function sameSignature(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/**
 * The confirmation link's token carries the address and its expiry, signed: nothing is stored until the
 * address is confirmed.
 */
export function confirmationToken(key: Buffer, email: string, expiresAt: Date): string {
  const payload = Buffer.from(JSON.stringify({ email, expiresAt: expiresAt.getTime() })).toString(
    'base64url',
  );
  return `${payload}.${sign(key, 'confirm', payload)}`;
}

export type ConfirmationReading =
  | { kind: 'valid'; email: string }
  | { kind: 'invalid' }
  | { kind: 'expired' };

export function readConfirmationToken(key: Buffer, token: string, now: Date): ConfirmationReading {
  const [payload, signature, ...rest] = token.split('.');
  if (!payload || !signature || rest.length > 0) return { kind: 'invalid' };
  if (!sameSignature(signature, sign(key, 'confirm', payload))) return { kind: 'invalid' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    return { kind: 'invalid' };
  }
  const { email, expiresAt } = (parsed ?? {}) as { email?: unknown; expiresAt?: unknown };
  if (typeof email !== 'string' || typeof expiresAt !== 'number') return { kind: 'invalid' };
  if (now.getTime() > expiresAt) return { kind: 'expired' };
  return { kind: 'valid', email };
}

/** The unsubscribe link's token: the subscriber's id, signed. It never expires (old emails keep working). */
export function unsubscribeToken(key: Buffer, subscriberId: string): string {
  return `${subscriberId}.${sign(key, 'unsubscribe', subscriberId)}`;
}

/** The subscriber's id, or undefined when the token was not made by us. */
export function readUnsubscribeToken(key: Buffer, token: string): string | undefined {
  const cut = token.lastIndexOf('.');
  if (cut <= 0) return undefined;
  const subscriberId = token.slice(0, cut);
  return sameSignature(token.slice(cut + 1), sign(key, 'unsubscribe', subscriberId))
    ? subscriberId
    : undefined;
}
