/**
 * What the reminder service must remember across worker shutdowns and browser restarts: which
 * reminders were already shown (each fires once) and when the extension last ran (so a reminder
 * missed while the browser was closed is found on the next start). Kept in storage.local, not
 * Dexie: the dashboard's live queries over the database never wake on these bookkeeping writes.
 */
const KEY = 'keyside:reminders';
/** Enough for months of meetings; the oldest ids go first. */
const MAX_FIRED = 1000;

export interface ReminderState {
  fired: string[];
  lastSeen: string | null;
}

export async function loadReminderState(): Promise<ReminderState> {
  const raw = (await browser.storage.local.get(KEY))[KEY] as Partial<ReminderState> | undefined;
  return {
    fired: Array.isArray(raw?.fired) ? raw.fired.filter((x): x is string => typeof x === 'string') : [],
    lastSeen: typeof raw?.lastSeen === 'string' ? raw.lastSeen : null,
  };
}

export async function saveReminderState(state: ReminderState): Promise<void> {
  await browser.storage.local.set({ [KEY]: { fired: state.fired.slice(-MAX_FIRED), lastSeen: state.lastSeen } });
}
