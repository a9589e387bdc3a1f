import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { genericAdapter } from '@/lib/adapters/generic';
import { findAdapterAmong } from '@/lib/adapters/find-adapter';
import type { SiteAdapter } from '@/lib/adapters/types';
import { adapterFromRule } from '@/lib/adapters/site-rule';
import { onMessage, sendMessage, type ContentConfig } from '@/lib/messaging/protocol';
import { inviteFollower } from './invite';
import { createPanelFrame, DEFAULT_FRAME, type FrameState } from './panel-frame';
import { followRoutes } from './route-change';

const NO_CONFIG: ContentConfig = { siteRules: [], generic: false };
const OWNER = '__keysideHostOwner';

/**
 * Picks the site's adapter among `builtIns` (the entry's own sites) and the user's rules, mounts
 * the panel frame and streams the page's context.
 */
export async function startHost(ctx: ContentScriptContext, builtIns: readonly SiteAdapter[]): Promise<void> {
  // Only the top frame hosts the panel; frames (Roundcube's preview) are read from the top.
  if (window.top !== window) return;
  // A page can get two of our scripts (a built-in site the user also wrote a rule for, or a
  // user-added host on loopback in the e2e build): the first one to arrive owns the page. Our
  // scripts share one isolated world, so a global there coordinates them, unseen by the page.
  const world = globalThis as { [OWNER]?: boolean };
  if (world[OWNER]) return;
  world[OWNER] = true;
  ctx.onInvalidated(() => {
    world[OWNER] = false;
  });
  const config = await sendMessage('contentConfig', location.href).catch(() => NO_CONFIG);
  const extra = [...config.siteRules.map(adapterFromRule), ...(config.generic ? [genericAdapter] : [])];
  const adapter = findAdapterAmong(builtIns, new URL(location.href), document, extra);
  if (!adapter || ctx.isInvalid) return;

  const key = `frame:${location.host}`;
  const saved = ((await browser.storage.local.get(key))[key] as FrameState | undefined) ?? DEFAULT_FRAME;
  const frame = createPanelFrame(
    browser.runtime.getURL('/panel.html'),
    { toggle: browser.i18n.getMessage('panelToggle'), resize: browser.i18n.getMessage('panelResize') },
    (state) => void browser.storage.local.set({ [key]: state }),
  );
  frame.apply(saved);
  ctx.onInvalidated(() => frame.remove());

  const followInvite = inviteFollower(ctx.signal);
  let lastInvite: string | undefined;
  // The route picks the adapter again when it changes without a load (Outlook Mail ↔ Calendar).
  const resend = followRoutes(
    adapter,
    (url) => findAdapterAmong(builtIns, url, document, extra),
    (pageCtx) => {
      void sendMessage('pageContext', pageCtx).catch(() => undefined);
      lastInvite = pageCtx.inviteUrl;
      followInvite(lastInvite);
    },
    ctx.signal,
  );
  const stop = onMessage('resendContext', () => {
    // A restarted worker lost the invitation too: fetch it again after the context.
    followInvite(undefined);
    resend();
    followInvite(lastInvite);
  });
  ctx.onInvalidated(stop);
}
