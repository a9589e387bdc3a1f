import { findAdapterAmong } from '@/lib/adapters/find-adapter';
import type { SiteAdapter } from '@/lib/adapters/types';
import type { ContentConfig } from '@/lib/messaging/protocol';
import { DOCKED_SITES, isDocked } from '@/lib/messaging/panel-dock';
import { inviteFollower } from './invite';
import { resolved, type LazyAdapter } from './lazy-adapter';
import { claimPage, ignoreForgedStart, runtimeAlive } from './page-guards';
import { newPanelToken } from './panel-token';
import { hostTheme } from './host-theme';
import { createPanelFrame, DEFAULT_FRAME, type FrameState } from './panel-frame';
import { followRoutes } from './route-change';
import { ruleCode } from './rule-code';
import type { HostContext } from './script-context';
import { onMessage, sendMessage } from './worker-channel';
import { benchMark } from '@/lib/time/bench-mark';

const NO_CONFIG: ContentConfig = { siteRules: [], generic: false };

/**
 * Picks the site's adapter among `builtIns` (the entry's own sites) and the user's rules, mounts
 * the panel frame and streams the page's context.
 */
export async function startHost(ctx: HostContext, builtIns: readonly SiteAdapter[]): Promise<void> {
  // Only the top frame hosts the panel; frames (Roundcube's preview) are read from the top.
  if (window.top !== window) return;
  // The API must be the extension's own, not something the page named `browser` (isolated-runtime.ts).
  if (!runtimeAlive()) return;
  ignoreForgedStart(import.meta.env.ENTRYPOINT, ctx.signal);
  const owner = claimPage();
  if (!owner.claimed) return;
  ctx.onInvalidated(owner.release);
  const config = await sendMessage('contentConfig', location.href).catch(() => NO_CONFIG);
  // The worker injected the rule code before answering when this page has rules (rule-code.ts).
  const code = ruleCode();
  const extra = code
    ? [...config.siteRules.map((rule) => code.adapterFromRule(rule)), ...(config.generic ? [code.genericAdapter] : [])]
    : [];
  const adapter = findAdapterAmong(resolved(builtIns), new URL(location.href), document, extra);
  if (!adapter || ctx.isInvalid) return;

  const key = `frame:${location.host}`;
  const stored = await browser.storage.local.get([key, DOCKED_SITES]);
  const saved = (stored[key] as FrameState | undefined) ?? DEFAULT_FRAME;
  // One token per mount: the worker serves only the panel that presents it (lib/background/panel-port.ts).
  const token = newPanelToken();
  const mount = () => sendMessage('panelMount', { token });
  await mount().catch(() => undefined);
  if (!ctx.isValid) return;
  const frame = createPanelFrame(
    `${browser.runtime.getURL('/panel.html')}#${token}`,
    { toggle: browser.i18n.getMessage('panelToggle'), resize: browser.i18n.getMessage('panelResize') },
    (state) => void browser.storage.local.set({ [key]: state }),
    hostTheme(), // the panel matches the host's look when the page shows one
  );
  frame.apply(saved);
  // Docked or overlay, per site: the panel's switch asks the worker, which stores the choice
  // (lib/background/panel-dock.ts); every tab of the site follows the stored list.
  const follow = (sites: unknown) => frame.dock(isDocked(sites, location.host));
  follow(stored[DOCKED_SITES]);
  const onStored = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && DOCKED_SITES in changes) follow(changes[DOCKED_SITES].newValue);
  };
  browser.storage.onChanged.addListener(onStored);
  ctx.onInvalidated(() => {
    browser.storage.onChanged.removeListener(onStored);
    frame.remove();
  });

  const followInvite = inviteFollower(ctx.signal);
  let lastInvite: string | undefined;
  // The route picks the adapter again when it changes without a load (Outlook Mail ↔ Calendar).
  const resend = followRoutes(
    adapter,
    (url) => findAdapterAmong(resolved(builtIns), url, document, extra),
    (pageCtx) => {
      benchMark('content-sent');
      void sendMessage('pageContext', { ...pageCtx, mount: token }).catch(() => undefined);
      lastInvite = pageCtx.inviteUrl;
      followInvite(lastInvite);
      frame.retheme(hostTheme()); // the page's own UI may have replaced a loading screen by now
      frame.refit(); // and put its controls where the tab was
    },
    ctx.signal,
  );
  // An adapter whose code came on demand replaces its stand-in at once (lazy-adapter.ts).
  for (const a of builtIns) if ('loaded' in a) (a as LazyAdapter).onLoad = () => resend.repick();
  const stop = onMessage('resendContext', async () => {
    // A restarted worker lost the panel's token, the context and the invitation: the token first.
    await mount().catch(() => undefined);
    followInvite(undefined);
    resend();
    followInvite(lastInvite);
  });
  ctx.onInvalidated(stop);
}
