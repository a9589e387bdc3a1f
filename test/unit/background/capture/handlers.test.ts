import type { z } from 'zod';
import { captureHandlers, type HandlerDeps } from '@/lib/background/capture/handlers';
import type { MessageSpec } from '@/lib/messaging/define-message';
import { dispatch, type Handler } from '@/lib/messaging/handle';
import { pagesToWorker } from '@/lib/messaging/pages-to-worker';
import { CaptureStore } from '@/lib/capture/store';
import { TabStates } from '@/lib/background/tab-state';
import { pending, seededDb } from '@/test/unit/capture/seeded-capture';

async function setup(over: Partial<HandlerDeps> = {}) {
  const db = await seededDb();
  const store = new CaptureStore(undefined);
  await store.put(pending());
  const begin = vi.fn(async () => ({ id: 'cap-00000002' }));
  const tabInfo = vi.fn(async (tabId: number) =>
    tabId === 3 ? { url: 'https://news.acme.example/', title: 'News' } : undefined,
  );
  const handlers = captureHandlers({ db, tabs: new TabStates(), store, begin, tabInfo, ...over });
  // Each request takes the worker's real path: the capture dialog as sender, parsed by handle.ts.
  const h = {
    start: viaHandle(pagesToWorker.captureStart, (data) => handlers.start(data)),
    draft: viaHandle(pagesToWorker.captureDraft, (data) => handlers.draft(data)),
    account: viaHandle(pagesToWorker.captureAccount, (data) => handlers.account(data)),
    save: viaHandle(pagesToWorker.captureSave, (data) => handlers.save(data)),
    cancel: viaHandle(pagesToWorker.captureCancel, (data) => handlers.cancel(data)),
  };
  return { db, store, begin, h };
}

const self = { id: 'keyside', origin: 'chrome-extension://keyside/' };
const dialog = { id: 'keyside', url: 'chrome-extension://keyside/capture.html?id=cap-00000001' };
function viaHandle<D extends z.ZodType, R extends z.ZodType>(spec: MessageSpec<D, R>, handler: Handler<D, R>) {
  return (data: unknown) => dispatch(spec, handler, { data, sender: dialog }, self);
}

describe('capture message handlers', () => {
  it('draft: the capture without tab details, and the suggestions', async () => {
    const { h } = await setup();
    const r = await h.draft('cap-00000001');
    if (!r.ok) throw new Error('expected ok');
    expect(r.capture).not.toHaveProperty('tabId');
    expect(r.capture).not.toHaveProperty('pageUrl');
    expect(r.suggestions.slice(0, 2).map((a) => [a.id, a.reason])).toEqual([
      ['acme-news', 'domain'],
      ['acme', 'domain'],
    ]);
  });

  it('draft: an unknown or malformed id is an error, not a throw', async () => {
    const { h } = await setup();
    expect(await h.draft('cap-99999999')).toEqual({ ok: false, error: { key: 'captureExpired', params: [] } });
    expect(await h.draft({ evil: true })).toMatchObject({ ok: false, error: { key: 'errorBadRequest' } });
  });

  it('save: validates the request, writes once, then forgets the capture', async () => {
    const { h, db } = await setup();
    expect(await h.save({ captureId: 'cap-00000001', accountId: 'acme', kind: 'gossip' })).toMatchObject({
      ok: false,
      error: { key: 'errorBadRequest' },
    });
    expect(
      await h.save({ captureId: 'cap-00000001', accountId: 'acme', kind: 'note', comment: 'x'.repeat(10_001) }),
    ).toMatchObject({ ok: false });
    const ok = await h.save({ captureId: 'cap-00000001', accountId: 'acme', kind: 'note' });
    expect(ok).toMatchObject({ ok: true, accountName: 'Acme Logistics' });
    expect(await h.save({ captureId: 'cap-00000001', accountId: 'acme', kind: 'note' })).toMatchObject({
      ok: false,
      error: { key: 'captureExpired' },
    });
    expect(await db.interactions.filter((i) => i.kind === 'clip').count()).toBe(1);
  });

  it("save: the text comes from the background's copy, whatever the request carries", async () => {
    const { h, db } = await setup();
    const r = await h.save({ captureId: 'cap-00000001', accountId: 'acme', kind: 'note', text: '<img src=x onerror=alert(1)>' });
    if (!r.ok) throw new Error('expected ok');
    expect((await db.interactions.get(r.interactionId))?.quote).toBe(pending().text);
  });

  it("start: captures from the popup's tab with the tab's title and URL as fallback", async () => {
    const { h, begin } = await setup();
    expect(await h.start({ tabId: 3 })).toEqual({ ok: true, captureId: 'cap-00000002' });
    expect(begin).toHaveBeenCalledWith({
      tabId: 3,
      mode: 'auto',
      fallback: { pageUrl: 'https://news.acme.example/', pageTitle: 'News' },
    });
    expect(await h.start({ tabId: 99 })).toMatchObject({ ok: false, error: { key: 'errorGone' } });
    expect(await h.start({ tabId: -1 })).toMatchObject({ ok: false, error: { key: 'errorBadRequest' } });
  });

  it('account: a searched dossier with its competitors; cancel forgets the capture', async () => {
    const { h, store } = await setup();
    expect(await h.account('acme')).toMatchObject({
      id: 'acme',
      reason: 'search',
      competitors: [{ id: 'nord', name: 'NordFreight' }],
    });
    expect(await h.account('nobody')).toBeNull();
    await h.cancel('cap-00000001');
    expect(await store.get('cap-00000001')).toBeUndefined();
  });
});
