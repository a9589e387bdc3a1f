import { useState } from 'react';
import { getDb } from '@/lib/db/app-db';
import { updateContract } from '@/lib/db/repos/contracts';
import { t } from '@/lib/i18n/t';
import type { Contract } from '@/lib/schema';
import { useUndo } from '@/components/ui/undo';
import { guarded } from '@/components/dashboard/guarded';

type ListField = 'disagreements' | 'obligations';

/**
 * Saving one of a contract's item lists (disagreements, obligations). Each save sends the list it
 * started from as the base, so an edit made meanwhile in another tab is reported, not overwritten
 * (lib/db/repos/patch.ts); deleting an item offers Undo, which puts the whole list back.
 */
export function useContractList<F extends ListField>(contract: Contract, field: F) {
  const db = getDb();
  const offerUndo = useUndo();
  const [error, setError] = useState('');
  const list = contract[field];
  const save = (next: Contract[F], base: Contract[F] | null = list) =>
    guarded(() => updateContract(db, contract.id, { [field]: next }, base ? { [field]: base } : undefined)).then(
      () => setError(''),
      (e: unknown) => setError(e instanceof Error ? e.message : String(e)),
    );
  const remove = (id: string, label: string) =>
    save(list.filter((x) => x.id !== id) as Contract[F]).then(() =>
      offerUndo({ message: t('deletedItem', label), undo: () => save([...list] as Contract[F], null) }),
    );
  return { list, save, remove, error };
}
