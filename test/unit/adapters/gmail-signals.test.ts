// @vitest-environment happy-dom
import { gmailAdapter } from '@/lib/adapters/gmail';
import { messageState } from '@/lib/adapters/gmail/signals';
import { loadFixture } from './fixtures';

/** Takes one signal out of the page, leaving every other in place. */
type Removal = (doc: Document) => void;

const each = (doc: Document, selector: string, change: (el: Element) => void): void => {
  const found = [...doc.querySelectorAll(selector)];
  // A removal that finds nothing would test nothing.
  expect(found.length, selector).toBeGreaterThan(0);
  found.forEach(change);
};
const dropAttr =
  (selector: string, attr: string): Removal =>
  (doc) =>
    each(doc, selector, (el) => el.removeAttribute(attr));
const dropClass =
  (selector: string, cls: string): Removal =>
  (doc) =>
    each(doc, selector, (el) => el.classList.remove(cls));

/** The same element under another tag, attributes and children kept. */
const retag =
  (selector: string, tag: string, extra: Record<string, string> = {}): Removal =>
  (doc) =>
    each(doc, selector, (el) => {
      const copy = doc.createElement(tag);
      for (const { name, value } of el.attributes) copy.setAttribute(name, value);
      for (const [name, value] of Object.entries(extra)) copy.setAttribute(name, value);
      copy.append(...el.childNodes);
      el.replaceWith(copy);
    });

/** Every signal of selectors.ts / parse.ts, by the name parse.ts gives it. */
const REMOVALS: Record<string, Removal> = {
  'subject: perm-id-heading': dropAttr('h2', 'data-thread-perm-id'),
  'subject: legacy-id-heading (and thread id: subject-legacy-id)': dropAttr('h2', 'data-legacy-thread-id'),
  'subject: subject-class': dropClass('h2', 'hP'),
  'subject: every h2 signal (aria-heading alone)': retag('h2', 'div', { role: 'heading', 'aria-level': '2' }),
  'thread id: subject-legacy-id and first-message-id (subject-perm-id alone)': (doc) => {
    dropAttr('h2', 'data-legacy-thread-id')(doc);
    dropAttr('[data-legacy-message-id]', 'data-legacy-message-id')(doc);
  },
  'message id: legacy (msg-f decimal alone)': dropAttr('[data-legacy-message-id]', 'data-legacy-message-id'),
  'message id: data-message-id (legacy alone)': dropAttr('[data-message-id]', 'data-message-id'),
  'message list: role=listitem': dropAttr('[role="listitem"]', 'role'),
  'message state: aria-expanded': dropAttr('[aria-expanded]', 'aria-expanded'),
  'message state: list item classes h7 / kv': (doc) => {
    dropClass('.h7', 'h7')(doc);
    dropClass('.kv', 'kv')(doc);
  },
  'message state: message classes adn / adf': (doc) => {
    dropClass('.adn', 'adn')(doc);
    dropClass('.adf', 'adf')(doc);
  },
  'sender: sender-chip': dropClass('span.gD', 'gD'),
  'sender: sender-cell': dropClass('td.gF', 'gF'),
  'sender: heading-chip (email attribute)': dropAttr('h3 [email]', 'email'),
  'sender: every chip of the open message (heading-text alone)': (doc) => {
    each(doc, '.adn h3 [email]', (el) => {
      el.removeAttribute('email');
      el.removeAttribute('data-hovercard-id');
    });
  },
  'recipients: table.ajC': dropClass('table.ajC', 'ajC'),
  'recipients: .ajA': dropClass('.ajA', 'ajA'),
};

const PAGES = ['2026-12-thread-collapsed', '2026-12-split-pane', '2026-12-perm-id-undefined', '2026-11-thread'];

describe('Gmail adapter: every signal can go, the others still read the page', () => {
  describe.each(PAGES)('%s', (page) => {
    it.each(Object.keys(REMOVALS))('without %s', (name) => {
      const { doc, url, expected } = loadFixture('gmail', page);
      REMOVALS[name]!(doc);
      const ctx = gmailAdapter.read(doc, url);
      if (page === '2026-11-thread' && /^(thread|message) id/.test(name)) {
        // The hand-written 2026-11 page's decimal ids are not the same numbers as its hex ones
        // (the 2026-12 pages' are): the other spelling is read, never nothing.
        expect({ ...ctx, threadId: '', messageId: '' }).toEqual({ ...expected, threadId: '', messageId: '' });
        expect(ctx.threadId).toMatch(/^[0-9a-f]{16}$/);
        expect(ctx.messageId).toMatch(/^[0-9a-f]{16}$/);
      } else {
        expect(ctx).toEqual(expected);
      }
    });
  });
});

describe('Gmail adapter: ids, states and the message body', () => {
  it('never takes "undefined" as a thread id', () => {
    const { doc, url } = loadFixture('gmail', '2026-12-perm-id-undefined');
    doc.querySelectorAll('[data-legacy-message-id]').forEach((el) => el.setAttribute('data-legacy-message-id', 'undefined'));
    doc.querySelectorAll('[data-message-id]').forEach((el) => el.setAttribute('data-message-id', 'undefined'));
    const ctx = gmailAdapter.read(doc, url);
    expect(ctx.threadId).toBe('FMfcgzQcReeferJanuaryHpSw');
    expect(ctx.messageId).toBe('');
  });

  it('reads the thread id from the selected list row when the pane carries none', () => {
    const { doc, url, expected } = loadFixture('gmail', '2026-12-split-pane');
    const h2 = doc.querySelector('h2')!;
    h2.removeAttribute('data-legacy-thread-id');
    h2.setAttribute('data-thread-perm-id', 'undefined');
    doc.querySelectorAll('.aia [data-legacy-message-id], .aia [data-message-id]').forEach((el) => {
      el.removeAttribute('data-legacy-message-id');
      el.removeAttribute('data-message-id');
    });
    const ctx = gmailAdapter.read(doc, url);
    expect(ctx.threadId).toBe(expected.threadId);
    // The open message is the thread's last: the subject names its id.
    expect(ctx.messageId).toBe(expected.messageId);
  });

  it('tells open, collapsed and hidden messages apart', () => {
    const { doc } = loadFixture('gmail', '2026-12-thread-collapsed');
    const items = [...doc.querySelectorAll('[role="list"] > [role="listitem"]')];
    expect(items.map(messageState)).toEqual(['collapsed', 'hidden', 'hidden', 'open']);
  });

  it('one contradicting signal does not flip a message', () => {
    const { doc } = loadFixture('gmail', '2026-12-thread-collapsed');
    const items = [...doc.querySelectorAll('[role="list"] > [role="listitem"]')];
    items[0]!.setAttribute('aria-expanded', 'true');
    expect(messageState(items[0]!)).toBe('collapsed');
    items[3]!.classList.replace('h7', 'kv');
    expect(messageState(items[3]!)).toBe('open');
  });

  it('a message hidden by markup is neither open nor a candidate', () => {
    const { doc, url } = loadFixture('gmail', '2026-12-thread-collapsed');
    const open = doc.querySelectorAll('[role="list"] > [role="listitem"]')[3]!;
    open.setAttribute('style', 'display: none');
    expect(messageState(open)).toBe('hidden');
    expect(gmailAdapter.read(doc, url).status).toBe('unrecognised');
  });

  it('people inside the body (crafted chips, a quoted reply, a forwarded header) never count', () => {
    for (const page of ['2026-12-thread-collapsed', '2026-12-split-pane']) {
      const { doc, url } = loadFixture('gmail', page);
      expect(doc.querySelector('.a3s [email]'), page).not.toBeNull();
      const emails = gmailAdapter.read(doc, url).people?.map((p) => p.email) ?? [];
      expect(emails).not.toContain('intruder@attacker.example');
      expect(emails).not.toContain('crafted@attacker.example');
      expect(emails).not.toContain('quoted.person@elsewhere.example');
      expect(emails).not.toContain('erik.holm@supplier.example');
    }
  });

  it('a crafted sender in the body is not taken even when the header has none', () => {
    const { doc, url } = loadFixture('gmail', '2026-12-thread-collapsed');
    doc.querySelectorAll('.gE h3').forEach((el) => el.remove());
    const ctx = gmailAdapter.read(doc, url);
    expect(ctx.people?.[0]?.email).not.toBe('intruder@attacker.example');
    expect(ctx.people?.some((p) => p.role === 'from' && p.email.endsWith('attacker.example'))).toBe(false);
  });

  it('a URL naming a thread without a readable subject is "unrecognised", never "none"', () => {
    const { doc, url } = loadFixture('gmail', '2026-12-split-pane');
    doc.querySelectorAll('h2').forEach((el) => el.remove());
    expect(gmailAdapter.read(doc, url).status).toBe('unrecognised');
    expect(gmailAdapter.read(doc, new URL('https://mail.google.com/mail/u/0/#inbox')).status).toBe('none');
  });

  it('a subject heading written into a message body is not the conversation subject', () => {
    const { doc, url } = loadFixture('gmail', '2026-12-subject-missing');
    doc
      .querySelector('.a3s')!
      .insertAdjacentHTML(
        'beforeend',
        '<h2 class="hP" data-thread-perm-id="thread-f:1" data-legacy-thread-id="1">Crafted subject</h2>',
      );
    expect(gmailAdapter.read(doc, url).status).toBe('unrecognised');
  });

  it('names the standalone window layout', () => {
    const { doc } = loadFixture('gmail', '2026-12-perm-id-undefined');
    const ctx = gmailAdapter.read(doc, new URL('https://mail.google.com/mail/u/0/?ui=2&view=btop&th=%23thread-f%3A1849'));
    expect(ctx.layout).toBe('standalone');
  });
});
