import { useEffect, useState } from 'react';

/**
 * The dashboard's route lives in the hash so the panel can deep-link (#/account/<id>). A query
 * after `?` (#/report?month=2026-11) is the page's own to read, not part of the route.
 */
export function useHashRoute(): string[] {
  const [parts, setParts] = useState(routeParts);
  useEffect(() => {
    const on = () => setParts(routeParts());
    window.addEventListener('hashchange', on);
    return () => window.removeEventListener('hashchange', on);
  }, []);
  return parts;
}

/** The route's parts now: `#/account/x` → ['account', 'x']; none for the portfolio's `#/`. */
export function routeParts(): string[] {
  return (location.hash.replace(/^#\/?/, '').split('?')[0] ?? '').split('/').filter(Boolean).map(decodeURIComponent);
}

export function go(path: string): void {
  location.hash = `#/${path}`;
}
