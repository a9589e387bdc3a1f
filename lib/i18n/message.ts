import { chosenMessage } from '@/lib/locale/chosen-language';

/**
 * Fills `$1`…`$9` as chrome.i18n does for messages without named placeholders; `$$` is a dollar
 * sign. One pass over the message: linear in its length.
 */
export function substitute(message: string, subs: readonly string[]): string {
  return message.replace(/\$(\$|[1-9])/g, (_, c: string) => (c === '$' ? '$' : (subs[Number(c) - 1] ?? '')));
}

/** A message in the chosen language (lib/locale/chosen-language.ts), else the browser's; '' when unknown. */
export function message(key: string, subs: readonly string[]): string {
  const chosen = chosenMessage(key);
  if (chosen !== undefined) return substitute(chosen, subs);
  return (browser.i18n.getMessage as (k: string, s: string[]) => string)(key, [...subs]);
}
