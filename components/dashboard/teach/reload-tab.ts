/** How long to wait for the worker to register the content script for a new rule's host. */
const REGISTER_WAIT_MS = 3000;

/**
 * Brings the taught page to the front and reloads it once the worker registered the content
 * script for the rule's pattern (lib/background/user-hosts.ts does that when the rule and the
 * permission both exist), so the reload shows the panel rather than racing the registration.
 * A pattern a built-in script already covers never appears there: the wait just ends.
 */
export async function reloadWhenRegistered(tabId: number, pattern: string): Promise<void> {
  const until = Date.now() + REGISTER_WAIT_MS;
  while (Date.now() < until) {
    const scripts = await browser.scripting.getRegisteredContentScripts().catch(() => []);
    if (scripts.some((s) => s.matches?.includes(pattern))) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  await browser.tabs.update(tabId, { active: true }).catch(() => undefined);
  await browser.tabs.reload(tabId).catch(() => undefined);
}
