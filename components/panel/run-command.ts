import { z } from 'zod';
import { tDynamic } from '@/lib/i18n/t';
import { commandValues, type CommandType, type CommandValue, type PanelCommand } from '@/lib/messaging/pages-to-worker';
import { sendMessage } from '@/lib/messaging/protocol';
import { isPanel, panelToken } from './panel-token';

/**
 * Sends a command to the worker; resolves to its value, parsed with the command's own value
 * schema (so callers get a typed value), or throws a localized message.
 */
export async function runCommand<K extends CommandType>(cmd: Extract<PanelCommand, { type: K }>): Promise<CommandValue<K>> {
  const r = isPanel ? await sendMessage('panelCommand', { token: panelToken, command: cmd }) : await sendMessage('command', cmd);
  if (!r.ok) throw new Error(tDynamic(r.error.key, r.error.params));
  return valueOf(cmd.type, r.value);
}

function valueOf<K extends CommandType>(type: K, value: unknown): CommandValue<K> {
  return z.parse<(typeof commandValues)[K]>(commandValues[type], value);
}
