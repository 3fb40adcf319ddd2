/**
 * What this browser remembers about push. Both belong to the browser, not the member: a subscription is
 * one browser's, and the settings the server keeps (contract/notifications.ts) have no place for either.
 */
import { onDevice } from '../offline/stored.ts';

/** The server's id for this browser's subscription, to remove it when push is turned off here. */
export const thisBrowserSubscriptionId = onDevice<string | null>('push-subscription-id', null);

/**
 * "Not now" to the question after a finished workout: it is not asked again on this browser. The
 * member can still turn push on from Notifications whenever they like.
 */
export const pushPromptDeclined = onDevice<boolean>('push-prompt-declined', false);
