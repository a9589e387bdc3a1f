import type { AppDB } from '@/lib/db/app-db';
import { toUserFacing } from '@/lib/db/errors';
import { accountById } from '@/lib/db/queries/accounts';
import type { DataOf, ResultIn } from '@/lib/messaging/define-message';
import type { pagesToWorker } from '@/lib/messaging/pages-to-worker';
import type { CaptureTrigger } from '@/lib/capture/begin';
import { saveCapture } from '@/lib/capture/save';
import type { CaptureStore } from '@/lib/capture/store';
import { panelAccountOf, suggestAccounts, toChoice } from '@/lib/capture/suggest';
import type { TabStates } from '@/lib/background/tab-state';

export interface HandlerDeps {
  db: AppDB;
  tabs: TabStates;
  store: CaptureStore;
  begin: (t: CaptureTrigger) => Promise<{ id: string }>;
  /** Tab title and URL for the popup's capture (the popup knows only the tab id). */
  tabInfo: (tabId: number) => Promise<{ url?: string; title?: string } | undefined>;
}

type Spec = typeof pagesToWorker;
const failed = (e: unknown) => {
  const u = toUserFacing(e);
  return { ok: false as const, error: { key: u.key, params: u.params } };
};

/**
 * The capture dialog's and popup's requests, registered with handle() by service.ts: the sender
 * (our own page) is checked and the payload parsed before these run. None throws.
 */
export function captureHandlers(deps: HandlerDeps) {
  const { db, tabs, store } = deps;
  return {
    async start(req: DataOf<Spec['captureStart']>): Promise<ResultIn<Spec['captureStart']>> {
      try {
        const tab = await deps.tabInfo(req.tabId);
        if (!tab) return { ok: false, error: { key: 'errorGone', params: [] } };
        const fallback = { pageUrl: tab.url, pageTitle: tab.title };
        const pending = await deps.begin({ tabId: req.tabId, mode: req.mode, fallback });
        return { ok: true, captureId: pending.id };
      } catch (e) {
        return failed(e);
      }
    },

    async draft(id: DataOf<Spec['captureDraft']>): Promise<ResultIn<Spec['captureDraft']>> {
      try {
        const pending = await store.get(id);
        if (!pending) return { ok: false, error: { key: 'captureExpired', params: [] } };
        const panelAccountId = pending.tabId === undefined ? null : await panelAccountOf(db, tabs.get(pending.tabId));
        const suggestions = await suggestAccounts(db, { urls: [pending.pageUrl, pending.source.url], panelAccountId });
        const { tabId: _tab, pageUrl: _page, ...capture } = pending;
        return { ok: true, capture, suggestions };
      } catch (e) {
        return failed(e);
      }
    },

    async account(id: DataOf<Spec['captureAccount']>): Promise<ResultIn<Spec['captureAccount']>> {
      const account = await accountById(db, id);
      return account ? toChoice(account, 'search') : null;
    },

    async save(req: DataOf<Spec['captureSave']>): Promise<ResultIn<Spec['captureSave']>> {
      try {
        const pending = await store.get(req.captureId);
        if (!pending) return { ok: false, error: { key: 'captureExpired', params: [] } };
        const saved = await saveCapture(db, pending, req);
        await store.delete(pending.id);
        return { ok: true, ...saved };
      } catch (e) {
        return failed(e);
      }
    },

    async cancel(id: DataOf<Spec['captureCancel']>): Promise<void> {
      await store.delete(id);
    },
  };
}
