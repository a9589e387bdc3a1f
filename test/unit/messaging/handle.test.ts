import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { contentToWorker, workerToContent } from '@/lib/messaging/content-to-worker';
import { defineMessage } from '@/lib/messaging/define-message';
import { dispatch, handle, type Listen, type Sender } from '@/lib/messaging/handle';
import { pagesToWorker } from '@/lib/messaging/pages-to-worker';
import { self, tab } from './senders';

const page: Sender = { id: 'keyside', url: 'chrome-extension://keyside/panel.html', tab };
const content: Sender = { id: 'keyside', url: 'https://mail.example/', tab, frameId: 0 };
const frame: Sender = { ...content, frameId: 4 };
const stranger: Sender = { id: 'intruder', url: 'chrome-extension://intruder/x.html' };

const echo = defineMessage({
  name: 'echo',
  from: 'page',
  data: z.object({ n: z.number().int(), label: z.string().default('none') }),
  result: z.union([
    z.object({ ok: z.literal(true), twice: z.number() }),
    z.object({ ok: z.literal(false), error: z.object({ key: z.string(), params: z.array(z.string()) }) }),
  ]),
  rejected: (error) => ({ ok: false as const, error }),
});

describe('dispatch (the body of handle)', () => {
  it('passes the parsed data, defaults filled in, and the sender to the handler', async () => {
    const handler = vi.fn((d: { n: number; label: string }) => ({ ok: true as const, twice: d.n * 2 }));
    expect(await dispatch(echo, handler, { data: { n: 21 }, sender: page }, self)).toEqual({ ok: true, twice: 42 });
    expect(handler).toHaveBeenCalledWith({ n: 21, label: 'none' }, page);
  });

  it('refuses a sender of the wrong kind without running the handler', async () => {
    const handler = vi.fn(() => ({ ok: true as const, twice: 0 }));
    for (const sender of [content, stranger])
      expect(await dispatch(echo, handler, { data: { n: 1 }, sender }, self)).toEqual({
        ok: false,
        error: { key: 'errorBadRequest', params: [] },
      });
    expect(handler).not.toHaveBeenCalled();
  });

  it("answers malformed data with the message's error result, naming the problem", async () => {
    const handler = vi.fn(() => ({ ok: true as const, twice: 0 }));
    const r = await dispatch(echo, handler, { data: { n: 'one' }, sender: page }, self);
    expect(r).toMatchObject({ ok: false, error: { key: 'errorBadRequest' } });
    if (r.ok) throw new Error('expected an error');
    expect(r.error.params[0]).toMatch(/number/i);
    expect(handler).not.toHaveBeenCalled();
  });

  it("checks the handler's result, and turns a throw into an error result", async () => {
    // A handler typed loosely on purpose, as a buggy one might be at run time.
    const wrong = () => JSON.parse('{"ok":true,"twice":"lots"}') as { ok: true; twice: number };
    expect(await dispatch(echo, wrong, { data: { n: 1 }, sender: page }, self)).toMatchObject({
      ok: false,
      error: { key: 'errorUnexpected' },
    });
    const thrower = () => {
      throw new Error('disk on fire');
    };
    expect(await dispatch(echo, thrower, { data: { n: 1 }, sender: page }, self)).toEqual({
      ok: false,
      error: { key: 'errorUnexpected', params: ['disk on fire'] },
    });
  });

  it('the page context counts only from our content script in the top frame', async () => {
    const seen: unknown[] = [];
    const ctx = { site: 'gmail', url: 'https://mail.example/', status: 'none' };
    for (const sender of [content, frame, page, stranger])
      await dispatch(contentToWorker.pageContext, (c) => void seen.push(c), { data: ctx, sender }, self);
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ ...ctx, people: [], messageId: '' });
  });

  it('a refused content config is the empty one', async () => {
    const handler = () => ({ siteRules: [], generic: true });
    expect(await dispatch(contentToWorker.contentConfig, handler, { data: 42, sender: content }, self)).toEqual({
      siteRules: [],
      generic: false,
    });
    expect(await dispatch(contentToWorker.contentConfig, handler, { data: 'https://x.example/', sender: page }, self)).toEqual({
      siteRules: [],
      generic: false,
    });
    expect(await dispatch(contentToWorker.contentConfig, handler, { data: 'https://x.example/', sender: frame }, self)).toEqual({
      siteRules: [],
      generic: true,
    });
  });
});

describe('handle', () => {
  it("registers under the message's name and answers through dispatch", async () => {
    const listeners = new Map<string, Parameters<Listen>[1]>();
    const listen: Listen = (name, listener) => {
      listeners.set(name, listener);
      return () => listeners.delete(name);
    };
    const remove = handle(echo, (d) => ({ ok: true as const, twice: d.n * 2 }), { self, listen });
    expect([...listeners.keys()]).toEqual(['echo']);
    expect(await listeners.get('echo')!({ data: { n: 2 }, sender: page })).toEqual({ ok: true, twice: 4 });
    expect(await listeners.get('echo')!({ data: { n: 2 }, sender: stranger })).toMatchObject({ ok: false });
    remove();
    expect(listeners.size).toBe(0);
  });

  it('every message is declared under its own wire name', () => {
    for (const table of [contentToWorker, pagesToWorker, workerToContent])
      for (const [key, spec] of Object.entries<{ name: string }>(table)) expect(spec.name).toBe(key);
  });
});
