import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { Profile } from '../contract/account.ts';
import { ApiProblem } from './api/client.ts';
import { api } from './api/endpoints.ts';
import { forgetApiCopies } from './offline/service-worker.ts';
import { forgetKeptData } from './offline/stored.ts';

/** Who is using the app: still being asked, nobody, someone, or the server could not be reached. */
export type LoginSessionState =
  | { status: 'loading' }
  | { status: 'signed-out' }
  | { status: 'signed-in'; profile: Profile }
  | { status: 'unreachable'; problem: ApiProblem };

export interface LoginSession {
  state: LoginSessionState;
  /** Asks the server again who is signed in (after signing in or up, or giving consent). */
  refresh(): Promise<LoginSessionState>;
  /**
   * Ends the login session on the server, then runs `leave` (e.g. navigating away from a signed-in-only
   * screen) before forgetting the profile here, so no screen reacts to the sign-out by redirecting.
   */
  signOut(leave?: () => void): Promise<void>;
  /** Deletes the account for good (confirmed with the password), then forgets it on this device too. */
  deleteAccount(password: string, leave?: () => void): Promise<void>;
}

const LoginSessionContext = createContext<LoginSession | undefined>(undefined);

async function fetchLoginSessionState(): Promise<LoginSessionState> {
  try {
    return { status: 'signed-in', profile: await api.me() };
  } catch (error) {
    if (error instanceof ApiProblem && error.status === 401) return { status: 'signed-out' };
    if (error instanceof ApiProblem) return { status: 'unreachable', problem: error };
    throw error;
  }
}

/**
 * Ends this browser's push subscription (use-push.ts), loaded only when someone signs out so the first
 * download stays small. Should the code not load (offline, a new release), signing out still goes on.
 */
async function endPushOnSignOut(): Promise<void> {
  const push = await import('./push/use-push.ts').catch(() => undefined);
  await push?.endPushOnSignOut();
}

export function LoginSessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<LoginSessionState>({ status: 'loading' });

  const refresh = useCallback(async () => {
    const next = await fetchLoginSessionState();
    setState(next);
    return next;
  }, []);

  const signOut = useCallback(async (leave?: () => void) => {
    await endPushOnSignOut();
    await api.signOut();
    await forgetApiCopies();
    leave?.();
    setState({ status: 'signed-out' });
  }, []);

  const deleteAccount = useCallback(async (password: string, leave?: () => void) => {
    await api.deleteAccount(password);
    await endPushOnSignOut();
    await forgetApiCopies();
    forgetKeptData();
    leave?.();
    setState({ status: 'signed-out' });
  }, []);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const loginSession = useMemo(
    () => ({ state, refresh, signOut, deleteAccount }),
    [state, refresh, signOut, deleteAccount],
  );
  return <LoginSessionContext.Provider value={loginSession}>{children}</LoginSessionContext.Provider>;
}

export function useLoginSession(): LoginSession {
  const loginSession = useContext(LoginSessionContext);
  if (!loginSession) throw new Error('useLoginSession must be used inside <LoginSessionProvider>');
  return loginSession;
}

/** The signed-in profile, or undefined while loading or when nobody is signed in. */
export function useProfile(): Profile | undefined {
  const { state } = useLoginSession();
  return state.status === 'signed-in' ? state.profile : undefined;
}
