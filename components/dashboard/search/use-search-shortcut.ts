import { useEffect, type RefObject } from 'react';

/** Whether a key press is typing into something (then `/` is a character, not a shortcut). */
function typing(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** `/` (outside text fields) and Ctrl/Cmd+K focus the search box from any dashboard view. */
export function useSearchShortcut(input: RefObject<HTMLInputElement | null>, enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return;
    const onKey = (e: KeyboardEvent) => {
      const k = e.key.toLowerCase();
      const slash = e.key === '/' && !e.ctrlKey && !e.metaKey && !e.altKey && !typing(e.target);
      const ctrlK = k === 'k' && (e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey;
      if (!slash && !ctrlK) return;
      e.preventDefault();
      input.current?.focus();
      input.current?.select();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [input, enabled]);
}
