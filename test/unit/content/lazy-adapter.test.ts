// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SiteAdapter } from '@/lib/adapters/types';
import { findAdapterAmong } from '@/lib/adapters/find-adapter';
import { provideAdapterCode } from '@/lib/content/adapter-code';
import { lazyAdapter, resolved } from '@/lib/content/lazy-adapter';
import { followRoutes } from '@/lib/content/route-change';
import type { PageContextInput } from '@/lib/schema/page-context';

// The worker's answer to adapterCode: it injects the file, which provides the adapter.
const asked: string[] = [];
let inject: () => void = () => undefined;
vi.mock('@/lib/content/worker-channel', () => ({
  sendMessage: (type: string, name: string) => {
    asked.push(`${type}:${name}`);
    inject();
    return Promise.resolve(undefined);
  },
}));

const settle = () => new Promise((resolve) => setTimeout(resolve, 200));

const mail: SiteAdapter = {
  name: 'mail',
  samples: { accepts: [] },
  matchesUrl: (url) => url.pathname.startsWith('/mail'),
  read: (_doc, url) => ({ site: 'mail', url: url.href, status: 'message', title: 'mail' }),
  watch: { attributes: [] },
};
const calendar: SiteAdapter = {
  name: 'calendar-outlook',
  samples: { accepts: [] },
  matchesUrl: (url) => url.pathname.startsWith('/calendar'),
  read: (_doc, url) => ({ site: 'calendar-outlook', url: url.href, status: 'message', title: 'event' }),
  watch: { attributes: [] },
};

let controller: AbortController;
beforeEach(() => {
  controller = new AbortController();
  asked.length = 0;
  history.replaceState(null, '', '/calendar/item/1');
});
afterEach(() => controller.abort());

describe('an adapter loaded on demand', () => {
  it('asks for its code on the first read, once, then the real adapter reads the page', async () => {
    inject = () => provideAdapterCode('calendar-outlook', calendar);
    const stub = lazyAdapter('calendar-outlook', (url) => url.pathname.startsWith('/calendar'));
    const builtIns = [mail, stub];
    const url = new URL(location.href);
    expect(findAdapterAmong(resolved(builtIns), url, document)).toBe(stub);
    const sent: PageContextInput[] = [];
    const routes = followRoutes(
      stub,
      (u) => findAdapterAmong(resolved(builtIns), u, document),
      (ctx) => sent.push(ctx),
      controller.signal,
    );
    stub.onLoad = () => routes.repick();
    await settle();
    expect(asked).toEqual(['adapterCode:calendar-outlook']);
    // First nothing to show while the code comes, then the event the real adapter read.
    expect(sent.map((c) => c.status)).toEqual(['none', 'message']);
    expect(sent.at(-1)?.site).toBe('calendar-outlook');
    expect(resolved(builtIns)).toEqual([mail, calendar]);
  });
});
