import { tDynamic } from '@/lib/i18n/t';
import type { PanelCommand } from '@/lib/messaging/panel-commands';
import { sendMessage } from '@/lib/messaging/protocol';

/** Sends a command to the background; resolves to its value or throws a localized message. */
export async function runCommand<T = unknown>(cmd: PanelCommand): Promise<T> {
  const r = await sendMessage('command', cmd);
  if (!r.ok) throw new Error(tDynamic(r.error.key, r.error.params));
  return r.value as T;
}
