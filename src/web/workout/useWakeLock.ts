import { useEffect } from 'react';

/**
 * Keeps the screen on while `isWanted`, where the browser offers the Screen Wake Lock API. The browser
 * drops the lock when the page is hidden, so it is asked for again when the page comes back.
 */
export function useWakeLock(isWanted: boolean): void {
  useEffect(() => {
    if (!isWanted || !('wakeLock' in navigator)) return;
    let lock: WakeLockSentinel | undefined;
    let isActive = true;
    const request = async () => {
      try {
        const granted = await navigator.wakeLock.request('screen');
        if (isActive) lock = granted;
        else await granted.release();
      } catch {
        // Refused (battery saver, or the page is hidden): the screen may dim, nothing else changes.
      }
    };
    const onVisible = () => {
      if (document.visibilityState === 'visible') void request();
    };
    void request();
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      isActive = false;
      document.removeEventListener('visibilitychange', onVisible);
      void lock?.release().catch(() => {});
    };
  }, [isWanted]);
}
