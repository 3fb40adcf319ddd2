/**
 * What a push message carries, read in the service worker. The shape is the contract's pushPayloadSchema;
 * the worker checks it by hand so it does not carry Zod with it. src/contract/push-payload-reader.test.ts
 * holds the two to the same answers.
 */
import type { PushPayload } from '../../contract/notifications.ts';
import { NOTIFICATION_KINDS } from '../../core/notifications/kinds.ts';

export type { PushPayload };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const isString = (value: unknown): value is string => typeof value === 'string';

/** The payload when it is one; null for anything else (then the worker shows a plain line instead). */
export function readPushPayload(data: unknown): PushPayload | null {
  if (!isRecord(data)) return null;
  const { id, kind, title, body, path, tag, isVisitor } = data;
  if (!isString(title) || !isString(body) || !isString(path) || !isString(tag)) return null;
  if (!(NOTIFICATION_KINDS as readonly unknown[]).includes(kind)) return null;
  if (id !== undefined && !isString(id)) return null;
  if (isVisitor !== undefined && typeof isVisitor !== 'boolean') return null;
  return {
    kind: kind as PushPayload['kind'],
    title,
    body,
    path,
    tag,
    ...(id === undefined ? {} : { id }),
    ...(isVisitor === undefined ? {} : { isVisitor }),
  };
}

/** Only a path of this site is opened from a notification, never another site a payload names. */
export function pathToOpen(path: string): string {
  return path.startsWith('/') && !path.startsWith('//') && !path.startsWith('/\\') ? path : '/today';
}
