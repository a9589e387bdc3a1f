import { useState } from 'react';

interface Prefilled {
  value: string;
  edited: boolean;
  /** The prefill and the person it was for, as last seen. */
  source: string;
  about: string;
}

/**
 * A form field prefilled from the page that keeps following the prefill until the user edits it.
 * The page is read more than once while a message opens (the signature may arrive a moment after
 * the sender), so the first prefill is not always the best; another person (`about`) starts the
 * field afresh even when it was edited. Uses React's "adjust state while rendering" pattern.
 */
export function usePrefilled(prefill: string, about: string): [string, (value: string) => void] {
  const [state, setState] = useState<Prefilled>({ value: prefill, edited: false, source: prefill, about });
  let current = state;
  if (state.about !== about || (!state.edited && state.source !== prefill)) {
    current = { value: prefill, edited: false, source: prefill, about };
    setState(current);
  }
  return [current.value, (value) => setState({ ...current, value, edited: true })];
}
