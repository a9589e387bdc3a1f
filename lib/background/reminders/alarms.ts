/**
 * The browser's alarms for reminders, kept equal to the plan (lib/meetings/alarm-plan.ts).
 * Alarms persist across worker shutdowns and browser restarts, so the worker need not be running
 * when the time comes.
 */
import type { AppDB } from '@/lib/db/app-db';
import { isReminderAlarm, type PlanInput, type PlannedAlarm, plannedAlarms } from '@/lib/meetings/alarm-plan';
import { loadPlanInput } from '@/lib/meetings/plan-input';
import { loadReminderState } from './state';

/** Makes the browser's alarms match the plan: stale ones cleared, moved ones replaced. */
export async function applyAlarms(planned: readonly PlannedAlarm[]): Promise<void> {
  const existing = (await browser.alarms.getAll()).filter((a) => isReminderAlarm(a.name));
  const want = new Map(planned.map((p) => [p.name, p.when]));
  for (const a of existing) if (!want.has(a.name)) await browser.alarms.clear(a.name);
  const have = new Map(existing.map((a) => [a.name, a.scheduledTime]));
  for (const p of planned) {
    if (have.get(p.name) !== p.when) await browser.alarms.create(p.name, { when: p.when });
  }
}

/** Reads the database (unless a live query just did) and the fired set, then reconciles the alarms. */
export async function replanAlarms(db: AppDB, now = new Date(), known?: PlanInput): Promise<PlannedAlarm[]> {
  const [input, state] = await Promise.all([known ?? loadPlanInput(db, now), loadReminderState()]);
  const planned = plannedAlarms(input, new Set(state.fired), now);
  await applyAlarms(planned);
  return planned;
}
