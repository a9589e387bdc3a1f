// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SiteAdapter, WatchSpec } from '@/lib/adapters/types';
import { builtInAdapters } from '@/lib/adapters/registry';
import { genericAdapter } from '@/lib/adapters/generic';
import { adapterFromRule } from '@/lib/adapters/site-rule';
import { watchPage } from '@/lib/content/watch-page';
import type { PageContextInput } from '@/lib/schema/page-context';

/** Longer than watch-page.ts's 40 ms debounce. */
const SETTLE_MS = 120;
const settle = () => new Promise((resolve) => setTimeout(resolve, SETTLE_MS));

/** An adapter whose reading is the text of `#subject`; counts its reads. */
function testAdapter(watch: WatchSpec) {
  const reads = { count: 0 };
  const adapter: SiteAdapter = {
    name: 'test',
    samples: { accepts: [] },
    matchesUrl: () => true,
    read: (doc, url) => {
      reads.count++;
      const subject = doc.querySelector('#subject');
      return { site: 'test', url: url.href, status: subject ? 'message' : 'none', title: subject?.textContent ?? '' };
    },
    watch,
  };
  return { adapter, reads };
}

let controller: AbortController;
let sent: PageContextInput[];
const send = (ctx: PageContextInput) => sent.push(ctx);

beforeEach(() => {
  document.body.innerHTML = '<div id="sidebar"></div>';
  controller = new AbortController();
  sent = [];
});
afterEach(() => controller.abort());

function addContainer(html = '<h2 id="subject">First</h2>') {
  const main = document.createElement('main');
  main.id = 'view';
  main.innerHTML = html;
  document.body.append(main);
  return main;
}

describe('watchPage', () => {
  it('reads at once, then again when something inside the container changes', async () => {
    const main = addContainer();
    const { adapter } = testAdapter({ container: '#view', attributes: ['hidden'] });
    watchPage(adapter, send, controller.signal);
    expect(sent.map((c) => c.title)).toEqual(['First']);
    main.querySelector('#subject')!.textContent = 'Second';
    await vi.waitFor(() => expect(sent.map((c) => c.title)).toEqual(['First', 'Second']));
  });

  it('re-reads when a watched attribute changes in the container, not another one', async () => {
    const main = addContainer('<h2 id="subject">First</h2><p id="note"></p>');
    const { adapter, reads } = testAdapter({ container: '#view', attributes: ['hidden'] });
    watchPage(adapter, send, controller.signal);
    main.querySelector('#note')!.setAttribute('data-other', '1');
    await settle();
    expect(reads.count).toBe(1);
    main.querySelector('#note')!.setAttribute('hidden', '');
    await vi.waitFor(() => expect(reads.count).toBe(2));
  });

  it('re-reads on a class change only when it touches a class the adapter reads', async () => {
    const main = addContainer('<h2 id="subject">First</h2><p id="note" class="msg"></p>');
    const { adapter, reads } = testAdapter({ container: '#view', attributes: ['class'], classes: ['open'] });
    watchPage(adapter, send, controller.signal);
    const note = main.querySelector('#note')!;
    // A hover: on and off, and another class alone.
    note.classList.add('hover');
    note.classList.remove('hover');
    note.classList.add('focus');
    await settle();
    expect(reads.count).toBe(1);
    note.classList.add('open');
    await vi.waitFor(() => expect(reads.count).toBe(2));
  });

  it('ignores mutations outside the container once it exists', async () => {
    addContainer();
    const { adapter, reads } = testAdapter({ container: '#view', attributes: ['hidden', 'class'] });
    watchPage(adapter, send, controller.signal);
    const sidebar = document.querySelector('#sidebar')!;
    sidebar.append(document.createElement('span'));
    sidebar.setAttribute('class', 'busy');
    sidebar.setAttribute('hidden', '');
    await settle();
    expect(reads.count).toBe(1);
  });

  it('observes the body until the container appears, then only the container', async () => {
    const { adapter, reads } = testAdapter({ container: '#view', attributes: [] });
    watchPage(adapter, send, controller.signal);
    expect(sent.map((c) => c.status)).toEqual(['none']);
    // No container yet: any change in the body counts.
    document.querySelector('#sidebar')!.append(document.createElement('span'));
    await vi.waitFor(() => expect(reads.count).toBe(2));
    const main = addContainer();
    await vi.waitFor(() => expect(sent.map((c) => c.title)).toEqual(['', 'First']));
    await settle();
    const before = reads.count;
    document.querySelector('#sidebar')!.append(document.createElement('span'));
    await settle();
    expect(reads.count).toBe(before);
    main.querySelector('#subject')!.textContent = 'Second';
    await vi.waitFor(() => expect(sent.at(-1)?.title).toBe('Second'));
  });

  it('goes back to the body when the container is replaced, and follows the new one', async () => {
    addContainer();
    const { adapter } = testAdapter({ container: '#view', attributes: [] });
    watchPage(adapter, send, controller.signal);
    document.querySelector('#view')!.remove();
    await vi.waitFor(() => expect(sent.at(-1)?.status).toBe('none'));
    const main = addContainer('<h2 id="subject">Again</h2>');
    await vi.waitFor(() => expect(sent.at(-1)?.title).toBe('Again'));
    main.querySelector('#subject')!.textContent = 'Later';
    await vi.waitFor(() => expect(sent.at(-1)?.title).toBe('Later'));
  });

  it('watches the body when the adapter names no container', async () => {
    const { adapter } = testAdapter({ attributes: [] });
    watchPage(adapter, send, controller.signal);
    addContainer();
    await vi.waitFor(() => expect(sent.map((c) => c.title)).toEqual(['', 'First']));
  });

  it('stops when the signal aborts', async () => {
    const main = addContainer();
    const { adapter, reads } = testAdapter({ container: '#view', attributes: ['hidden'] });
    watchPage(adapter, send, controller.signal);
    controller.abort();
    main.querySelector('#subject')!.textContent = 'Second';
    main.setAttribute('hidden', '');
    document.body.append(document.createElement('div'));
    window.dispatchEvent(new Event('hashchange'));
    await settle();
    expect(reads.count).toBe(1);
    expect(sent).toHaveLength(1);
  });

  it('reads once for a burst of changes', async () => {
    const main = addContainer();
    const { adapter, reads } = testAdapter({ container: '#view', attributes: ['hidden'] });
    watchPage(adapter, send, controller.signal);
    const subject = main.querySelector('#subject')!;
    for (let i = 0; i < 20; i++) {
      subject.textContent = `Draft ${i}`;
      main.toggleAttribute('hidden');
      await Promise.resolve();
    }
    await settle();
    expect(reads.count).toBe(2);
    expect(sent.map((c) => c.title)).toEqual(['First', 'Draft 19']);
  });

  it('forces a fresh send when asked (the panel reconnected)', () => {
    addContainer();
    const { adapter } = testAdapter({ container: '#view', attributes: [] });
    const resend = watchPage(adapter, send, controller.signal);
    resend();
    expect(sent.map((c) => c.title)).toEqual(['First', 'First']);
  });
});

describe('what the adapters watch', () => {
  it('every built-in adapter, the generic one and a site rule declare the attributes they read', () => {
    const rule = adapterFromRule({
      id: 'r',
      name: 'CRM',
      urlPattern: 'https://crm.example.com/*',
      emailSelector: '.mail',
      emailAttribute: 'data-mail',
    });
    for (const adapter of [...builtInAdapters, genericAdapter, rule]) {
      expect(adapter.watch?.attributes, adapter.name).toContain('hidden');
    }
    expect(rule.watch?.attributes).toContain('data-mail');
  });

  it("Gmail's class list holds every class its message states and selectors read", () => {
    const gmail = builtInAdapters.find((a) => a.name === 'gmail')!;
    for (const name of ['h7', 'kv', 'kQ', 'adn', 'adf', 'hP', 'gD', 'gF', 'a3s', 'aia', 'ajC', 'hb', 'zA', 'gmail_quote'])
      expect(gmail.watch?.classes, name).toContain(name);
    expect(gmail.watch?.classes).not.toContain('T-I-JW');
  });
});
