// First: hides a page element named `browser` before the extension API is read (see the module).
import '@/lib/content/isolated-runtime';
import { pipedriveAdapter } from '@/lib/adapters/pipedrive';
import { startHost } from '@/lib/content/start-host';

/**
 * Pipedrive: registered at run time once the user switched this CRM on in Settings (release
 * builds), statically on its hosts in the e2e build (lib/adapters/crm-sites.ts, wxt.config.ts).
 * Bundles only this CRM's adapter.
 */
export default defineContentScript({
  matches: [],
  registration: 'runtime',
  runAt: 'document_idle',
  noScriptStartedPostMessage: true,
  main: (ctx) => startHost(ctx, [pipedriveAdapter]),
});
