// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SiteAdapter } from '@/lib/adapters/types';
import { calendarOutlookAdapter } from '@/lib/adapters/calendar-outlook';
import { findAdapterAmong } from '@/lib/adapters/find-adapter';
import { outlookAdapter } from '@/lib/adapters/outlook';
import { followRoutes, watchRoute } from '@/lib/content/route-change';
import type { PageContextInput } from '@/lib/schema/page-context';

/** Longer than route-change.ts's URL check interval plus watch-page.ts's debounce. */
const SETTLE_MS = 600;
const settle = () => new Promise((resolve) => setTimeout(resolve, SETTLE_MS));

/** An adapter for one route prefix that reports its own name and the path it read. */
function routeAdapter(name: string, prefix: string): SiteAdapter {
  return {
    name,
    samples: { accepts: [] },
    matchesUrl: (url) => url.pathname.startsWith(prefix),
    read: (_doc, url) => ({ site: name, url: url.href, status: 'message', title: url.pathname }),
    watch: { attributes: [] },
  };
}

const mail = routeAdapter('mail', '/mail');
const calendar = routeAdapter('calendar', '/calendar');
const pick = (url: URL) => [mail, calendar].find((a) => a.matchesUrl(url));

let controller: AbortController;
let sent: PageContextInput[];

beforeEach(() => {
  history.replaceState(null, '', '/mail/inbox');
  controller = new AbortController();
  sent = [];
});
afterEach(() => controller.abort());

describe('watchRoute', () => {
  it('reports a pushState route change once, and nothing after abort', async () => {
    const seen: string[] = [];
    watchRoute((url) => seen.push(url.pathname), controller.signal);
    history.pushState(null, '', '/calendar/view/week');
    await settle();
    expect(seen).toEqual(['/calendar/view/week']);
    controller.abort();
    history.pushState(null, '', '/mail/inbox');
    await settle();
    expect(seen).toEqual(['/calendar/view/week']);
  });
});

describe('followRoutes', () => {
  it('chooses the adapter again when the route changes without a page load', async () => {
    followRoutes(mail, pick, (ctx) => sent.push(ctx), controller.signal);
    await settle();
    expect(sent.map((c) => c.site)).toEqual(['mail']);
    history.pushState(null, '', '/calendar/item/AAMk');
    await settle();
    expect(sent.at(-1)).toMatchObject({ site: 'calendar', title: '/calendar/item/AAMk' });
    history.pushState(null, '', '/mail/inbox/id/AAQk');
    await settle();
    expect(sent.at(-1)).toMatchObject({ site: 'mail', title: '/mail/inbox/id/AAQk' });
  });

  it('goes idle on a route no adapter reads, under the last site name', async () => {
    followRoutes(mail, pick, (ctx) => sent.push(ctx), controller.signal);
    history.pushState(null, '', '/people/');
    await settle();
    expect(sent.at(-1)).toMatchObject({ site: 'mail', status: 'none' });
  });

  it('resend reaches the current adapter', async () => {
    const resend = followRoutes(mail, pick, (ctx) => sent.push(ctx), controller.signal);
    history.pushState(null, '', '/calendar/view/week');
    await settle();
    const before = sent.length;
    resend();
    expect(sent.length).toBe(before + 1);
    expect(sent.at(-1)?.site).toBe('calendar');
  });

  it('reads again when the route changes and the adapter stays (another CRM record)', async () => {
    followRoutes(mail, pick, (ctx) => sent.push(ctx), controller.signal);
    await settle();
    history.pushState(null, '', '/mail/inbox/id/BBQk');
    await settle();
    // No DOM change at all: only the route tells the watcher that the record changed.
    expect(sent.map((c) => c.title)).toEqual(['/mail/inbox', '/mail/inbox/id/BBQk']);
  });

  it('settles content that renders in shadow roots after a route change, a bounded number of times', async () => {
    let shown = 'Anna';
    let reads = 0;
    const crm: SiteAdapter = {
      ...routeAdapter('crm', '/mail'),
      read: (_doc, url) => {
        reads++;
        return { site: 'crm', url: url.href, status: 'record', title: shown };
      },
      watch: { attributes: [], settleReads: [50, 700] },
    };
    followRoutes(
      crm,
      () => crm,
      (ctx) => sent.push(ctx),
      controller.signal,
    );
    await settle();
    const host = document.createElement('div');
    document.body.append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    history.pushState(null, '', '/mail/record/2');
    // The new record renders inside a shadow root after the route changed: no light-DOM mutation.
    setTimeout(() => {
      shadow.textContent = 'Igor';
      shown = 'Igor';
    }, 450);
    // The route is noticed within 400 ms; the last settling read comes 700 ms after that.
    await settle();
    await settle();
    expect(sent.at(-1)?.title).toBe('Igor');
    const after = reads;
    await settle();
    expect(reads).toBe(after);
    host.remove();
  });

  it('picks the Outlook mail and calendar adapters by route on every Outlook host', () => {
    for (const host of ['outlook.cloud.microsoft', 'outlook.office.com', 'outlook.office365.com', 'outlook.live.com']) {
      const builtIns = [outlookAdapter, calendarOutlookAdapter];
      expect(findAdapterAmong(builtIns, new URL(`https://${host}/mail/inbox`), document)?.name).toBe('outlook');
      expect(findAdapterAmong(builtIns, new URL(`https://${host}/calendar/view/week`), document)?.name).toBe('calendar-outlook');
    }
  });
});
