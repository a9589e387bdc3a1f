import { ConflictError, UserFacingError } from '@/lib/db/errors';

/**
 * Applies `patch` to record `id` only if every patched field still has the value the editor
 * started from (`base`). Two tabs editing different fields both win; the same field loses
 * loudly instead of silently overwriting (brief: two tabs editing the same dossier).
 */
export async function patchChecked<T extends { id: string }>(
  table: { get(id: string): PromiseLike<T | undefined>; put(value: T): PromiseLike<unknown> },
  id: string,
  patch: Partial<T>,
  base: Partial<T> | undefined,
  validate: (merged: T) => T,
): Promise<T> {
  const current = await table.get(id);
  if (!current) throw new UserFacingError('errorGone');
  if (base) {
    const changed = Object.keys(base).filter(
      (k) => JSON.stringify((current as Record<string, unknown>)[k]) !== JSON.stringify((base as Record<string, unknown>)[k]),
    );
    if (changed.length) throw new ConflictError(changed);
  }
  const merged = validate({ ...current, ...patch, updatedAt: new Date().toISOString() });
  await table.put(merged);
  return merged;
}
