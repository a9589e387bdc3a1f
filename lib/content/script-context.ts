import { runtimeAlive } from './page-guards';

/**
 * What a content script's `main` receives, in place of WXT's ContentScriptContext: the build
 * aliases `wxt/utils/content-script-context` to this file for content scripts only
 * (wxt.config.ts). WXT's class also carries timers, a location watcher and a logger that no
 * Keyside content script uses; those were ~0.8 KB gzip of every content script (issue 13: each
 * ≤ 10 KB gzip). Kept: the constructor WXT's entry wrapper calls, the abort signal, and the
 * "started" event by which a newer copy of the script (after an extension reload) stops this one,
 * under WXT's own event name, which lib/content/page-guards.ts guards against forgery.
 */
/** What Keyside's content scripts use of a context: WXT's class and this one both give it. */
export type HostContext = Pick<ContentScriptContext, 'signal' | 'isInvalid' | 'isValid' | 'onInvalidated'>;

export class ContentScriptContext {
  private readonly controller = new AbortController();
  private readonly id = Math.random().toString(36).slice(2);

  constructor(private readonly name: string) {
    const type = `${browser.runtime.id}:${name}:wxt:content-script-started`;
    document.dispatchEvent(new CustomEvent(type, { detail: { contentScriptName: name, messageId: this.id } }));
    const newer = (event: Event) => {
      const detail = (event as CustomEvent<{ contentScriptName?: unknown; messageId?: unknown } | null>).detail;
      if (detail?.contentScriptName === this.name && detail.messageId !== this.id) this.controller.abort();
    };
    document.addEventListener(type, newer);
    this.onInvalidated(() => document.removeEventListener(type, newer));
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /** True once a newer copy started or the extension context ended (the runtime lost its id). */
  get isInvalid(): boolean {
    // An orphaned script's runtime loses its id once the extension reloaded (page-guards.ts).
    if (!runtimeAlive()) this.controller.abort();
    return this.signal.aborted;
  }

  get isValid(): boolean {
    return !this.isInvalid;
  }

  onInvalidated(cb: () => void): () => void {
    this.signal.addEventListener('abort', cb);
    return () => this.signal.removeEventListener('abort', cb);
  }
}
