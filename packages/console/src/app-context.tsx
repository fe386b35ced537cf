// Who is logged in and the client that carries their token, for every page.
import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from 'react';
import { consoleClient, type FreefaceClient } from './api/client.js';
import { type Role, readSession, roleAllows, SESSION_KEY, type Session } from './api/session.js';

interface AppState {
  session: Session | undefined;
  client: FreefaceClient;
  /** why the last session ended (shown on the login page) */
  ended: string | undefined;
  logIn(session: Session): void;
  logOut(reason?: string): void;
  /** whether the logged-in user has `role` or higher */
  may(role: Role): boolean;
}

const AppContext = createContext<AppState | undefined>(undefined);

export function AppProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState(() => readSession(localStorage.getItem(SESSION_KEY), Date.now()));
  const [ended, setEnded] = useState<string | undefined>(() =>
    localStorage.getItem(SESSION_KEY) && !session ? 'Your session has expired: log in again.' : undefined,
  );

  const logOut = useCallback((reason?: string) => {
    localStorage.removeItem(SESSION_KEY);
    setSession(undefined);
    setEnded(reason);
  }, []);
  const logIn = useCallback((next: Session) => {
    localStorage.setItem(SESSION_KEY, JSON.stringify(next));
    setEnded(undefined);
    setSession(next);
  }, []);

  const client = useMemo(
    () => consoleClient(session?.token, () => logOut('Your session has expired or was revoked: log in again.')),
    [session?.token, logOut],
  );
  const value = useMemo<AppState>(
    () => ({ session, client, ended, logIn, logOut, may: (role) => !!session && roleAllows(session.role, role) }),
    [session, client, ended, logIn, logOut],
  );
  return <AppContext.Provider value={value}>{children}</AppContext.Provider>;
}

export function useApp(): AppState {
  const state = useContext(AppContext);
  if (!state) throw new Error('useApp outside AppProvider');
  return state;
}
