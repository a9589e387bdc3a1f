import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import { t } from '@/lib/i18n/t';

interface UndoEntry {
  message: string;
  undo: () => Promise<void>;
}

const UndoContext = createContext<(entry: UndoEntry) => void>(() => {
  // Outside an UndoProvider nothing can show the toast, so there is no Undo to offer.
});

/** Deletions offer Undo for a few seconds instead of asking "are you sure?". */
export function UndoProvider({ children }: { children: ReactNode }) {
  const [entry, setEntry] = useState<UndoEntry>();
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const offer = useCallback((e: UndoEntry) => {
    clearTimeout(timer.current);
    setEntry(e);
    timer.current = setTimeout(() => setEntry(undefined), 8000);
  }, []);
  useEffect(() => () => clearTimeout(timer.current), []);
  return (
    <UndoContext.Provider value={offer}>
      {children}
      {entry && (
        <div className="toast" role="status" data-testid="undo-toast">
          <span>{entry.message}</span>
          <button
            data-testid="undo"
            onClick={() => {
              const e = entry;
              setEntry(undefined);
              void e.undo();
            }}
          >
            {t('actionUndo')}
          </button>
        </div>
      )}
    </UndoContext.Provider>
  );
}

export function useUndo() {
  return useContext(UndoContext);
}
