import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { Profile } from '../contract/account.ts';
import { ApiProblem } from './api/client.ts';
import { api } from './api/endpoints.ts';
import { forgetApiCopies } from './offline/service-worker.ts';
import { forgetKeptData } from './offline/stored.ts';

/** Who is using the app: still being asked, nobody, someone, or the server could not be reached. */
export type SessionState =
  | { status: 'loading' }
  | { status: 'signed-out' }
  | { status: 'signed-in'; profile: Profile }
  | { status: 'unreachable'; problem: ApiProblem };

export interface Session {
  state: SessionState;
  /** Asks the server again who is signed in (after signing in or up, or giving consent). */
  refresh(): Promise<SessionState>;
  /**
   * Ends the login session on the server, then runs `leave` (e.g. navigating away from a signed-in-only
   * screen) before forgetting the profile here, so no screen reacts to the sign-out by redirecting.
   */
  signOut(leave?: () => void): Promise<void>;
  /** Deletes the account for good (confirmed with the password), then forgets it on this device too. */
  deleteAccount(password: string, leave?: () => void): Promise<void>;
}

const SessionContext = createContext<Session | undefined>(undefined);

async function fetchSessionState(): Promise<SessionState> {
  try {
    return { status: 'signed-in', profile: await api.me() };
  } catch (error) {
    if (error instanceof ApiProblem && error.status === 401) return { status: 'signed-out' };
    if (error instanceof ApiProblem) return { status: 'unreachable', problem: error };
    throw error;
  }
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: 'loading' });

  const refresh = useCallback(async () => {
    const next = await fetchSessionState();
    setState(next);
    return next;
  }, []);

  const signOut = useCallback(async (leave?: () => void) => {
    await api.signOut();
    await forgetApiCopies();
    leave?.();
    setState({ status: 'signed-out' });
  }, []);

  const deleteAccount = useCallback(async (password: string, leave?: () => void) => {
    await api.deleteAccount(password);
    await forgetApiCopies();
    forgetKeptData();
    leave?.();
    setState({ status: 'signed-out' });
  }, []);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const session = useMemo(
    () => ({ state, refresh, signOut, deleteAccount }),
    [state, refresh, signOut, deleteAccount],
  );
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession must be used inside <SessionProvider>');
  return session;
}

/** The signed-in profile, or undefined while loading or when nobody is signed in. */
export function useProfile(): Profile | undefined {
  const { state } = useSession();
  return state.status === 'signed-in' ? state.profile : undefined;
}
