import { useEffect, useState } from 'react';

/** Meeting times are whole minutes, so a minute-old clock never shows a wrong state for long. */
const REFRESH_MS = 60_000;

/**
 * The current time in ms for views that split past from upcoming. Read once on mount and then
 * every minute, not during render: a render must give the same output for the same inputs.
 */
export function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), REFRESH_MS);
    return () => clearInterval(timer);
  }, []);
  return now;
}
