// First: hides a page element named `browser` before the extension API is read (see the module).
import '@/lib/content/isolated-runtime';
import { roundcubeAdapter } from '@/lib/adapters/roundcube';
import { startHost } from '@/lib/content/start-host';

/**
 * Any host the user added (self-hosted webmail such as Roundcube, generic pages, CRM rules):
 * registered at run time once the browser granted the host (lib/background/user-hosts.ts), and on
 * loopback in the e2e/demo build only. Roundcube is recognised by its page, whatever the host.
 */
export default defineContentScript({
  matches: [],
  registration: 'runtime',
  runAt: 'document_idle',
  noScriptStartedPostMessage: true,
  main: (ctx) => startHost(ctx, [roundcubeAdapter]),
});
