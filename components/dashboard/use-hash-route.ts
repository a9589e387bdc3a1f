import { useEffect, useState } from 'react';

/**
 * The dashboard's route lives in the hash so the panel can deep-link (#/account/<id>). A query
 * after `?` (#/report?month=2026-11) is the page's own to read, not part of the route.
 */
export function useHashRoute(): string[] {
  const read = () => (location.hash.replace(/^#\/?/, '').split('?')[0] ?? '').split('/').filter(Boolean).map(decodeURIComponent);
  const [parts, setParts] = useState(read);
  useEffect(() => {
    const on = () => setParts(read());
    window.addEventListener('hashchange', on);
    return () => window.removeEventListener('hashchange', on);
  }, []);
  return parts;
}

export function go(path: string): void {
  location.hash = `#/${path}`;
}
