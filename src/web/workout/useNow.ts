import { useEffect, useState } from 'react';

/** The time now (ms), updated every `everyMs` while `isTicking`: enough for a countdown that reads true. */
export function useNow(isTicking: boolean, everyMs = 250): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!isTicking) return;
    setNow(Date.now());
    const timer = window.setInterval(() => setNow(Date.now()), everyMs);
    return () => window.clearInterval(timer);
  }, [isTicking, everyMs]);
  return now;
}
