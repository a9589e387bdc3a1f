import { useEffect, type RefObject } from 'react';

/**
 * One import at a time on a page: when the user chooses a file in another file input (the backup,
 * contacts or handover import), this one puts its preview and result away, so the page never shows
 * two `import-confirm` or `import-result` elements (docs/contract.md, Extension pages).
 */
export function useOtherFileChosen(own: RefObject<HTMLInputElement | null>, putAway: () => void): void {
  useEffect(() => {
    const onChange = (e: Event) => {
      if (e.target instanceof HTMLInputElement && e.target.type === 'file' && e.target !== own.current) putAway();
    };
    document.addEventListener('change', onChange, true);
    return () => document.removeEventListener('change', onChange, true);
  });
}
