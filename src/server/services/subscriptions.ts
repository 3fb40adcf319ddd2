import { randomUUID } from 'node:crypto';
import type { Executor } from '../db/executor.ts';
import {
  deleteSubscriber,
  findSubscriberByEmail,
  findSubscriberById,
  insertSubscriber,
  type SubscriberRow,
} from '../db/repositories/subscribers.ts';
import type { OutgoingMail } from '../mail/outgoing-mail.ts';
import { alreadySubscribedMessage, subscriptionConfirmationMessage } from '../mail/subscription-messages.ts';
import {
  CONFIRMATION_VALID_MS,
  confirmationToken,
  readConfirmationToken,
  readUnsubscribeToken,
  unsubscribeToken,
} from '../publication/subscription-tokens.ts';

export interface SubscriptionDeps {
  db: Executor;
  mail: OutgoingMail;
  /** Signs the confirmation and unsubscribe links (publication/subscription-tokens.ts). */
  linkKey: Buffer;
  /** Where the public site is served, for the links in the emails. */
  publicUrl: string;
}

export function confirmUrl(deps: Pick<SubscriptionDeps, 'linkKey' | 'publicUrl'>, email: string, now: Date) {
  const token = confirmationToken(deps.linkKey, email, new Date(now.getTime() + CONFIRMATION_VALID_MS));
  return `${deps.publicUrl}/subscribe/confirm?token=${encodeURIComponent(token)}`;
}

export function unsubscribeUrl(deps: Pick<SubscriptionDeps, 'linkKey' | 'publicUrl'>, subscriberId: string) {
  return `${deps.publicUrl}/unsubscribe?token=${encodeURIComponent(unsubscribeToken(deps.linkKey, subscriberId))}`;
}

/**
 * A sign-up from the form: a new address is sent the confirmation link (nothing is stored: the link
 * carries the address); an address already on the list is told so instead, with its unsubscribe link.
 * Either way exactly one email is queued and the caller answers the same, so the form never tells
 * anyone whether an address is subscribed.
 */
export async function requestSubscription(deps: SubscriptionDeps, email: string, now: Date): Promise<void> {
  const subscriber = await findSubscriberByEmail(deps.db, email);
  const message = subscriber
    ? alreadySubscribedMessage(email, unsubscribeUrl(deps, subscriber.id))
    : subscriptionConfirmationMessage(email, confirmUrl(deps, email, now));
  await deps.mail.send(message, { db: deps.db });
}

export type Confirmation =
  | { kind: 'confirmed'; subscriber: SubscriberRow }
  | { kind: 'invalid' }
  | { kind: 'expired' };

/** What a confirmation link says, without acting on it (the page before the Confirm button). */
export function checkConfirmation(linkKey: Buffer, token: string, now: Date) {
  return readConfirmationToken(linkKey, token, now);
}

/**
 * The Confirm button: stores the address and the time of consent, nothing else. Confirming twice keeps
 * one subscriber with the first consent time.
 */
export async function confirmSubscription(
  db: Executor,
  linkKey: Buffer,
  token: string,
  now: Date,
): Promise<Confirmation> {
  const reading = readConfirmationToken(linkKey, token, now);
  if (reading.kind !== 'valid') return reading;
  const subscriber = await insertSubscriber(db, { id: randomUUID(), email: reading.email, consentedAt: now });
  return { kind: 'confirmed', subscriber };
}

export type UnsubscribeLink = { kind: 'invalid' } | { kind: 'subscribed'; email: string } | { kind: 'gone' };

/** Whom an unsubscribe link is for, and whether they are still subscribed. */
export async function checkUnsubscribeLink(
  db: Executor,
  linkKey: Buffer,
  token: string,
): Promise<UnsubscribeLink> {
  const subscriberId = readUnsubscribeToken(linkKey, token);
  if (subscriberId === undefined) return { kind: 'invalid' };
  const row = await findSubscriberById(db, subscriberId);
  return row ? { kind: 'subscribed', email: row.email } : { kind: 'gone' };
}

/** Unsubscribes the link's subscriber; once or many times, the answer is that they are gone. */
export async function unsubscribe(
  db: Executor,
  linkKey: Buffer,
  token: string,
): Promise<{ kind: 'invalid' } | { kind: 'gone' }> {
  const subscriberId = readUnsubscribeToken(linkKey, token);
  if (subscriberId === undefined) return { kind: 'invalid' };
  await deleteSubscriber(db, subscriberId);
  return { kind: 'gone' };
}
