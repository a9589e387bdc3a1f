import { Interaction, type InteractionInput, newId, nowIso } from '@/lib/schema';
import type { AppDB } from '@/lib/db/app-db';
import { patchChecked } from './patch';

export async function addInteraction(db: AppDB, input: Omit<InteractionInput, 'id'> & { id?: string }): Promise<Interaction> {
  const rec = Interaction.parse({ ...input, id: input.id ?? newId(), createdAt: nowIso() });
  await db.interactions.add(rec);
  return rec;
}

/**
 * Logs an email into the history once: a second click on the same message finds the first
 * record by message id and returns it unchanged.
 */
export async function logEmailOnce(
  db: AppDB,
  input: Omit<InteractionInput, 'id' | 'kind'> & { source: { messageId: string; url?: string; title?: string } },
): Promise<{ interaction: Interaction; created: boolean }> {
  return db.transaction('rw', db.interactions, async () => {
    const existing = await db.interactions
      .where('source.messageId')
      .equals(input.source.messageId)
      .filter((i) => i.accountId === input.accountId)
      .first();
    if (existing) return { interaction: existing, created: false };
    return { interaction: await addInteraction(db, { ...input, kind: 'email' }), created: true };
  });
}

export function updateInteraction(db: AppDB, id: string, patch: Partial<Interaction>, base?: Partial<Interaction>) {
  return db.transaction('rw', db.interactions, () =>
    patchChecked<Interaction>(db.interactions, id, patch, base, (m) => Interaction.parse(m)),
  );
}

/** Marks an open complaint (or any open entry) resolved; nothing else changes. */
export async function resolveInteraction(db: AppDB, id: string): Promise<void> {
  await db.interactions.update(id, { state: 'closed' });
}

export async function deleteInteraction(db: AppDB, id: string): Promise<Interaction | undefined> {
  return db.transaction('rw', db.interactions, async () => {
    const rec = await db.interactions.get(id);
    if (rec) await db.interactions.delete(id);
    return rec;
  });
}
