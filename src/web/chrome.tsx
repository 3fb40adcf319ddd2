import { createContext, type ReactNode, useContext, useEffect, useState } from 'react';

/**
 * Whether the app's frame (top bar, bottom tabs, the outbox banner) is shown. A screen that must show
 * nothing but itself, the emergency screen, turns it off while it is open.
 */
const ChromeContext = createContext<{ isBare: boolean; setIsBare(isBare: boolean): void }>({
  isBare: false,
  setIsBare: () => {},
});

export function ChromeProvider({ children }: { children: ReactNode }) {
  const [isBare, setIsBare] = useState(false);
  return <ChromeContext.Provider value={{ isBare, setIsBare }}>{children}</ChromeContext.Provider>;
}

export function useIsBare(): boolean {
  return useContext(ChromeContext).isBare;
}

export function useBareScreen(): void {
  const { setIsBare } = useContext(ChromeContext);
  useEffect(() => {
    setIsBare(true);
    return () => setIsBare(false);
  }, [setIsBare]);
}
