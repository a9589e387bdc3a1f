/**
 * The one door to browser notifications. Every notification shown is also kept (the last few,
 * in storage.session) so tests and diagnostics can see what the user was told: headless Chromium
 * does not display notifications (docs/testing.md, Browsers), and a failed create must not go unnoticed.
 */
import type { NotificationText } from '@/lib/meetings/reminder-text';

/** Keyside's icon, shipped in public/icon. */
const iconUrl = () => browser.runtime.getURL('/icon/128.png');
const KEY = 'keyside:notifications';
const KEEP = 20;

export interface ShownNotification extends NotificationText {
  id: string;
  at: string;
  late: boolean;
  error?: string;
}

function sessionArea(): Browser.storage.StorageArea | undefined {
  return (browser.storage as { session?: Browser.storage.StorageArea }).session;
}

export async function recentNotifications(): Promise<ShownNotification[]> {
  const area = sessionArea();
  if (!area) return [];
  return ((await area.get(KEY))[KEY] as ShownNotification[] | undefined) ?? [];
}

async function remember(entry: ShownNotification): Promise<void> {
  const area = sessionArea();
  if (area) await area.set({ [KEY]: [...(await recentNotifications()), entry].slice(-KEEP) });
}

/** Shows (or replaces) notification `id`. Never throws: a reminder must not break the worker. */
export async function showNotification(id: string, text: NotificationText, late = false): Promise<ShownNotification> {
  const entry: ShownNotification = { id, ...text, late, at: new Date().toISOString() };
  try {
    await browser.notifications.create(id, {
      type: 'basic',
      iconUrl: iconUrl(),
      title: text.title,
      message: text.message,
    });
  } catch (e) {
    entry.error = e instanceof Error ? e.message : String(e);
    console.error('Keyside: notification failed', e);
  }
  await remember(entry).catch(() => undefined);
  return entry;
}

export async function clearNotification(id: string): Promise<void> {
  await browser.notifications.clear(id).catch(() => false);
}
