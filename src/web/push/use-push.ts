import { useCallback, useEffect, useState } from 'react';
import { ApiProblem } from '../api/client.ts';
import { notifications } from '../api/notifications.ts';
import { thisBrowserSubscriptionId } from './push-choices.ts';
import {
  currentSubscription,
  isPushSupported,
  PUSH_FAILURE_WORDS,
  PushUnavailable,
  subscribeThisBrowser,
  unsubscribeThisBrowser,
} from './push-device.ts';

export type PushState = 'unsupported' | 'checking' | 'off' | 'on' | 'blocked';

function failureWords(error: unknown): string {
  if (error instanceof PushUnavailable) return PUSH_FAILURE_WORDS[error.reason];
  if (error instanceof ApiProblem) return error.detail;
  return PUSH_FAILURE_WORDS.service;
}

/** Push on this browser: whether it is on, and turning it on (asking permission) or off. */
export function usePushOnThisBrowser() {
  const [state, setState] = useState<PushState>(isPushSupported() ? 'checking' : 'unsupported');
  const [isBusy, setIsBusy] = useState(false);
  const [failure, setFailure] = useState<string | undefined>();

  useEffect(() => {
    if (!isPushSupported()) return;
    if (Notification.permission === 'denied') {
      setState('blocked');
      return;
    }
    void currentSubscription().then(
      (subscription) => setState(subscription && Notification.permission === 'granted' ? 'on' : 'off'),
      () => setState('off'),
    );
  }, []);

  const turnOn = useCallback(async (): Promise<boolean> => {
    setIsBusy(true);
    setFailure(undefined);
    try {
      const { publicKey } = await notifications.pushKey();
      const subscription = await subscribeThisBrowser(publicKey);
      const saved = await notifications.addPushSubscription(subscription);
      thisBrowserSubscriptionId.set(saved.id);
      setState('on');
      return true;
    } catch (error) {
      setFailure(failureWords(error));
      if (Notification.permission === 'denied') setState('blocked');
      return false;
    } finally {
      setIsBusy(false);
    }
  }, []);

  const turnOff = useCallback(async (): Promise<void> => {
    setIsBusy(true);
    setFailure(undefined);
    try {
      const id = thisBrowserSubscriptionId.get();
      if (id) await notifications.removePushSubscription(id);
      thisBrowserSubscriptionId.set(null);
      await unsubscribeThisBrowser();
      setState('off');
    } catch (error) {
      setFailure(failureWords(error));
    } finally {
      setIsBusy(false);
    }
  }, []);

  return { state, isBusy, failure, turnOn, turnOff };
}

/**
 * On signing out: this browser stops getting the member's notifications (a shared computer must not show
 * the next person someone's reminders). Done while still signed in, so the server forgets it too.
 */
export async function endPushOnSignOut(): Promise<void> {
  const id = thisBrowserSubscriptionId.get();
  if (!id) return;
  await notifications.removePushSubscription(id).catch(() => undefined);
  thisBrowserSubscriptionId.set(null);
  await unsubscribeThisBrowser().catch(() => undefined);
}
