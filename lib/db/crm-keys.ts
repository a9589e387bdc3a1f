import type { DBCore, Middleware } from 'dexie';
import { crmRefKeys, type CrmRefLike } from '@/lib/matching';

/**
 * `crmKeys` is derived from `crmRefs` (lib/matching/crm-ref-keys.ts) and exists only for the
 * accounts' `*crmKeys` index: the panel finds the dossier a CRM record is linked to by one lookup.
 * It is written on every add and put of an account, whichever path writes it (repos, backup
 * import, undo), so it can never disagree with `crmRefs`; the backup export leaves it out.
 */
export const CRM_KEYS = 'crmKeys';

export function withCrmKeys<T>(value: T): T {
  if (!value || typeof value !== 'object') return value;
  const refs = (value as { crmRefs?: unknown }).crmRefs;
  return { ...value, [CRM_KEYS]: crmRefKeys(Array.isArray(refs) ? (refs as CrmRefLike[]) : []) };
}

/** Leaves the derived field out of what is shown or exported. */
export function withoutCrmKeys<T extends object>(value: T): T {
  if (!(CRM_KEYS in value)) return value;
  const { crmKeys: _derived, ...rest } = value as T & { crmKeys?: unknown };
  return rest as T;
}

export const crmKeysMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'keyside-crm-keys',
  create: (down) => ({
    ...down,
    table: (name) => {
      const table = down.table(name);
      if (name !== 'accounts') return table;
      return {
        ...table,
        mutate: (req) =>
          req.type === 'add' || req.type === 'put'
            ? table.mutate({ ...req, values: req.values.map(withCrmKeys) })
            : table.mutate(req),
      };
    },
  }),
};
