import type { AppDB } from '@/lib/db/app-db';
import { toUserFacing } from '@/lib/db/errors';
import { accountById } from '@/lib/db/queries/accounts';
import {
  CaptureId, CaptureRequest, CaptureStart,
  type AccountChoice, type CaptureDraftResult, type CaptureSaveResult, type CaptureStartResult,
} from '@/lib/messaging/capture-messages';
import { Id } from '@/lib/schema/common';
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

const bad = (message = ''): { ok: false; error: { key: string; params: string[] } } => ({ ok: false, error: { key: 'errorBadRequest', params: [message] } });
const failed = (e: unknown) => {
  const u = toUserFacing(e);
  return { ok: false as const, error: { key: u.key, params: u.params } };
};

/**
 * The capture dialog's and popup's requests. Each validates its payload with zod (the caller is
 * our own page, checked by the service, but a page is still only a client) and never throws.
 */
export function captureHandlers(deps: HandlerDeps) {
  const { db, tabs, store } = deps;
  return {
    async start(raw: unknown): Promise<CaptureStartResult> {
      const req = CaptureStart.safeParse(raw);
      if (!req.success) return bad(req.error.issues[0]?.message);
      try {
        const tab = await deps.tabInfo(req.data.tabId);
        if (!tab) return { ok: false, error: { key: 'errorGone', params: [] } };
        const fallback = { pageUrl: tab.url, pageTitle: tab.title };
        const pending = await deps.begin({ tabId: req.data.tabId, mode: req.data.mode, fallback });
        return { ok: true, captureId: pending.id };
      } catch (e) {
        return failed(e);
      }
    },

    async draft(raw: unknown): Promise<CaptureDraftResult> {
      const id = CaptureId.safeParse(raw);
      if (!id.success) return bad(id.error.issues[0]?.message);
      try {
        const pending = await store.get(id.data);
        if (!pending) return { ok: false, error: { key: 'captureExpired', params: [] } };
        const panelAccountId = pending.tabId === undefined ? null : await panelAccountOf(db, tabs.get(pending.tabId));
        const suggestions = await suggestAccounts(db, { urls: [pending.pageUrl, pending.source.url], panelAccountId });
        const { tabId: _tab, pageUrl: _page, ...capture } = pending;
        return { ok: true, capture, suggestions };
      } catch (e) {
        return failed(e);
      }
    },

    async account(raw: unknown): Promise<AccountChoice | null> {
      const id = Id.max(200).safeParse(raw);
      if (!id.success) return null;
      const account = await accountById(db, id.data);
      return account ? toChoice(account, 'search') : null;
    },

    async save(raw: unknown): Promise<CaptureSaveResult> {
      const req = CaptureRequest.safeParse(raw);
      if (!req.success) return bad(req.error.issues[0]?.message);
      try {
        const pending = await store.get(req.data.captureId);
        if (!pending) return { ok: false, error: { key: 'captureExpired', params: [] } };
        const saved = await saveCapture(db, pending, req.data);
        await store.delete(pending.id);
        return { ok: true, ...saved };
      } catch (e) {
        return failed(e);
      }
    },

    async cancel(raw: unknown): Promise<void> {
      const id = CaptureId.safeParse(raw);
      if (id.success) await store.delete(id.data);
    },
  };
}
