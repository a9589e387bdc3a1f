import type { Contact } from '@/lib/schema';

type Values = Record<string, unknown>;

/** The form's three mood fields; the record keeps them as one `mood` object. */
const moodKeys = ['moodValue', 'moodNote', 'moodOn'] as const;

/** A person as the people form edits them: `mood` spread into fields FieldsForm can show. */
export function personFormValues(c: Partial<Contact>): Values {
  return { ...c, moodValue: c.mood?.value ?? '', moodNote: c.mood?.note ?? '', moodOn: c.mood?.on ?? null };
}

/**
 * The form's changes as a patch of the stored record: the mood fields become `mood` again (or
 * none, when no mood is chosen), with the stored mood as the base of the conflict check.
 */
export function personPatch(
  c: Partial<Contact>,
  patch: Values,
  base: Values,
): { patch: Partial<Contact>; base: Partial<Contact> } {
  const rest = (v: Values) => Object.fromEntries(Object.entries(v).filter(([k]) => !(moodKeys as readonly string[]).includes(k)));
  const out: Values = rest(patch);
  const outBase: Values = rest(base);
  if (moodKeys.some((k) => k in patch)) {
    const v = { ...personFormValues(c), ...patch };
    const value = typeof v.moodValue === 'string' ? v.moodValue : '';
    const note = typeof v.moodNote === 'string' ? v.moodNote.trim() : '';
    const on = typeof v.moodOn === 'string' && v.moodOn ? v.moodOn : null;
    out.mood = value ? { value, note, on } : undefined;
    outBase.mood = c.mood;
  }
  return { patch: out, base: outBase };
}
