import { useCallback, useEffect, useState } from 'react';

/** Whether the browser keeps Keyside's storage when disk space runs low. */
export type Persistence = 'granted' | 'not-granted' | 'unsupported';

const ASKED_KEY = 'keyside.persistAsked';

function storageManager(): StorageManager | undefined {
  return typeof navigator !== 'undefined' && 'storage' in navigator && typeof navigator.storage.persist === 'function'
    ? navigator.storage
    : undefined;
}

/**
 * Asks once per profile, on the first dashboard open (issue 12, Storage): the browser decides,
 * often without a prompt; Settings shows the answer and can ask again.
 */
export function useAskPersistOnce(): void {
  useEffect(() => {
    const storage = storageManager();
    if (!storage) return;
    try {
      if (localStorage.getItem(ASKED_KEY)) return;
      localStorage.setItem(ASKED_KEY, new Date().toISOString());
    } catch {
      return;
    }
    void storage.persist().catch(() => false);
  }, []);
}

/** The current answer and a way to ask again. */
export function usePersistence(): { state: Persistence | undefined; ask: () => Promise<void> } {
  const [state, setState] = useState<Persistence | undefined>(() => (storageManager() ? undefined : 'unsupported'));
  useEffect(() => {
    const storage = storageManager();
    if (!storage) return;
    void storage.persisted().then(
      (p) => setState(p ? 'granted' : 'not-granted'),
      () => setState('unsupported'),
    );
  }, []);
  const ask = useCallback(async () => {
    const storage = storageManager();
    if (!storage) return;
    const granted = await storage.persist().catch(() => false);
    setState(granted ? 'granted' : 'not-granted');
  }, []);
  return { state, ask };
}

export interface Estimate {
  usage: number;
  quota: number;
}

/** navigator.storage.estimate(): what this origin uses and may use; undefined where unknown. */
export function useStorageEstimate(refresh: unknown): Estimate | null | undefined {
  const [estimate, setEstimate] = useState<Estimate | null | undefined>(() => (storageManager() ? undefined : null));
  useEffect(() => {
    const storage = storageManager();
    if (!storage) return;
    let live = true;
    storage.estimate().then(
      (e) => live && setEstimate(e.usage !== undefined && e.quota !== undefined ? { usage: e.usage, quota: e.quota } : null),
      () => live && setEstimate(null),
    );
    return () => {
      live = false;
    };
  }, [refresh]);
  return estimate;
}
