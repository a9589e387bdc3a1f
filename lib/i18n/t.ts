import { message } from './message';
import type en from '@/public/_locales/en/messages.json';

export type MessageKey = keyof typeof en;

/**
 * Interface text through the extension's i18n (brief: English and Russian at least). Falls back
 * to the key so a missing translation is visible in review rather than an empty label.
 */
export function t(key: MessageKey, ...subs: (string | number)[]): string {
  return getMessage(key, subs.map(String)) || key;
}

/** Our own key type (from messages.json) is the check; WXT's generated one lags until `wxt prepare`. */
const getMessage = (key: string, subs: string[]): string => message(key, subs);

/** For keys computed at run time (error keys from the background). */
export function tDynamic(key: string, subs: string[] = []): string {
  return getMessage(key, subs) || key;
}
