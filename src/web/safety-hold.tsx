import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { SafetyHold } from '../contract/plan.ts';
import { training } from './api/training.ts';
import { useLoginSession } from './login-session.tsx';

/**
 * Whether the signed-in member is on a safety hold, as the server says: asked on every app load, after
 * signing in, when the app comes back into view and after every safety answer, so each screen on every
 * device shows the hold. 'unknown' until the first answer.
 */
export type HoldState = { status: 'unknown' } | { status: 'known'; hold: SafetyHold | null };

export interface SafetyHoldContext {
  state: HoldState;
  /** Asks the server again. */
  refresh(): Promise<void>;
  /** Shows a hold worked out on this phone at once (the answers may still be waiting to be sent). */
  show(hold: SafetyHold): void;
}

const HoldContext = createContext<SafetyHoldContext | undefined>(undefined);

export function SafetyHoldProvider({ children }: { children: ReactNode }) {
  const { state: loginSession } = useLoginSession();
  const memberId =
    loginSession.status === 'signed-in' && loginSession.profile.role === 'member'
      ? loginSession.profile.id
      : null;
  const [state, setState] = useState<HoldState>({ status: 'unknown' });

  const refresh = useCallback(async () => {
    if (memberId === null) return;
    try {
      const { hold } = await training.safetyHold();
      setState({ status: 'known', hold });
    } catch {
      // No answer (offline, with no copy kept yet): keep what is known; never block training on it.
      setState((current) => (current.status === 'unknown' ? { status: 'known', hold: null } : current));
    }
  }, [memberId]);

  useEffect(() => {
    setState({ status: 'unknown' });
    if (memberId === null) return;
    void refresh();
    const onVisible = () => {
      if (document.visibilityState === 'visible') void refresh();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, [memberId, refresh]);

  const show = useCallback((hold: SafetyHold) => setState({ status: 'known', hold }), []);
  const value = useMemo(() => ({ state, refresh, show }), [state, refresh, show]);
  return <HoldContext.Provider value={value}>{children}</HoldContext.Provider>;
}

export function useSafetyHold(): SafetyHoldContext {
  const context = useContext(HoldContext);
  if (!context) throw new Error('useSafetyHold must be used inside <SafetyHoldProvider>');
  return context;
}
