import type { SiteAdapter } from '@/lib/adapters/types';
import { adapterCode, type AdapterCodeName } from './adapter-code';
import { sendMessage } from './worker-channel';

/** A stand-in for a built-in adapter whose code comes on demand (adapter-code.ts). */
export interface LazyAdapter extends SiteAdapter {
  /** The adapter itself, once its code is in this frame. */
  readonly loaded: SiteAdapter | undefined;
  /** Called once the code arrived: the content script then picks the page's adapter again. */
  onLoad?: () => void;
}

/**
 * Chosen by `matchesUrl` like any built-in; its first read asks the worker for the code and
 * reports nothing to show (the panel stays idle for that moment). Failing, the next read asks again.
 */
export function lazyAdapter(name: AdapterCodeName, matchesUrl: (url: URL) => boolean): LazyAdapter {
  let asking = false;
  const stub: LazyAdapter = {
    name,
    samples: { accepts: [] },
    matchesUrl,
    get loaded() {
      return adapterCode(name);
    },
    read: (_doc, url) => {
      if (!asking) {
        asking = true;
        void sendMessage('adapterCode', name).then(
          () => stub.onLoad?.(),
          () => (asking = false),
        );
      }
      return { site: name, url: url.href, status: 'none' };
    },
    watch: { attributes: [] },
  };
  return stub;
}

/** The adapters to choose among now: each stand-in replaced by its adapter once that is loaded. */
export function resolved(builtIns: readonly SiteAdapter[]): SiteAdapter[] {
  return builtIns.map((a) => (a as Partial<LazyAdapter>).loaded ?? a);
}
