// First: hides a page element named `browser` before the extension API is read (see the module).
import '@/lib/content/isolated-runtime';
import { gmailAdapter } from '@/lib/adapters/gmail';
import { gmailMatches } from '@/lib/adapters/host-matches';
import { startHost } from '@/lib/content/start-host';

/** Gmail: one content script per site family, so each bundles only its own adapter. */
export default defineContentScript({
  matches: gmailMatches,
  runAt: 'document_idle',
  // WXT would otherwise announce itself to the page with window.postMessage.
  noScriptStartedPostMessage: true,
  main: (ctx) => startHost(ctx, [gmailAdapter]),
});
