import { hostMatches } from '../../lib/adapters/host-matches';
import { startHost } from '../../lib/content/start-host';

/** Thin entry (architecture.md): the content script's whole job lives in lib/content. */
export default defineContentScript({
  matches: hostMatches,
  runAt: 'document_idle',
  main: (ctx) => startHost(ctx),
});
