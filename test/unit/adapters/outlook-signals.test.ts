// @vitest-environment happy-dom
import { outlookAdapter } from '@/lib/adapters/outlook';
import { PageContext } from '@/lib/schema/page-context';
import { loadFixture } from './fixtures';

/**
 * Issue 9: the Outlook adapter reads sender, subject and conversation id through several
 * independent signals. The 2026-12 reading-pane page carries all of them; each is removed in
 * turn (and each is then left alone) and the page must still read the same.
 */

const PAGE = '2026-12-reading-pane-right';
const PANE = '#ReadingPaneContainerId';

type Edit = (doc: Document, url: URL) => URL;

const strip = (doc: Document, selector: string, attrs: string[]): void => {
  for (const el of doc.querySelectorAll(`${PANE} ${selector}`)) for (const a of attrs) el.removeAttribute(a);
};

/** What takes each signal out of the page, as a redesign might. */
const REMOVE: Record<string, Edit> = {
  ids: (doc, url) => {
    for (const el of doc.querySelectorAll(`${PANE} [id]`)) if (/^(MSG_|CONV_)/.test(el.id)) el.removeAttribute('id');
    return url;
  },
  data: (doc, url) => {
    strip(doc, '[data-testid]', ['data-testid']);
    return url;
  },
  persona: (doc, url) => {
    strip(doc, '[data-lpc-hover-target-id]', ['data-lpc-hover-target-id']);
    for (const el of doc.querySelectorAll(`${PANE} .lpc-hoverTarget`)) el.classList.remove('lpc-hoverTarget');
    return url;
  },
  aria: (doc, url) => {
    // The body's own role stays: finding the body is a part of its own (see the test below).
    strip(doc, '[role]:not([role="document"])', ['role', 'aria-haspopup', 'aria-level']);
    return url;
  },
  text: (doc, url) => {
    for (const el of doc.querySelectorAll(`${PANE} .addr`)) el.remove();
    return url;
  },
  'selected row': (doc, url) => {
    doc.querySelector('[aria-selected="true"][data-convid]')?.setAttribute('aria-selected', 'false');
    return url;
  },
  'pane conversation id': (doc, url) => {
    doc.querySelector(`${PANE} #ConversationReadingPaneContainer`)?.removeAttribute('data-convid');
    return url;
  },
  url: () => new URL('https://outlook.cloud.microsoft/mail/inbox'),
};

/** The header signals; leaving one alone takes out all the others. */
const HEADER_SIGNALS = ['ids', 'data', 'persona', 'aria', 'text'] as const;

function readAfter(edits: Edit[]): PageContext {
  const { doc, url } = loadFixture('outlook', PAGE);
  const edited = edits.reduce((u, edit) => edit(doc, u), url);
  return PageContext.parse(outlookAdapter.read(doc, edited));
}

describe('Outlook adapter: independent signals', () => {
  const { expected } = loadFixture('outlook', PAGE);
  const sender = expected.people[0];

  it.each(Object.keys(REMOVE))('still reads the page without the %s signal', (name) => {
    const ctx = readAfter([REMOVE[name]!]);
    expect(ctx.status).toBe('message');
    expect(ctx.people[0]).toEqual(sender);
    expect(ctx.subject).toBe(expected.subject);
    expect(ctx.threadId).toBe(expected.threadId);
  });

  it.each(HEADER_SIGNALS)('reads the sender through the %s signal alone, and names it in layout', (only) => {
    const others = HEADER_SIGNALS.filter((s) => s !== only).map((s) => REMOVE[s]!);
    const ctx = readAfter(others);
    expect(ctx.status).toBe('message');
    expect(ctx.people[0]).toEqual(sender);
    expect(ctx.layout).toBe(`reading-pane:${only}`);
  });

  it('is "unrecognised" when every header signal is gone', () => {
    const ctx = readAfter(HEADER_SIGNALS.map((s) => REMOVE[s]!));
    expect(ctx.status).toBe('unrecognised');
    expect(ctx.layout).toBe('');
  });

  it('finds the open body by its id or by its role alone', () => {
    for (const [attr, selector] of [
      ['id', '[role="document"]'],
      ['role', '[id^="UniqueMessageBody"]'],
    ] as const) {
      const { doc, url } = loadFixture('outlook', PAGE);
      for (const el of doc.querySelectorAll(`${PANE} ${selector}`)) el.removeAttribute(attr);
      const ctx = outlookAdapter.read(doc, url);
      expect(ctx.status, attr).toBe('message');
      expect(ctx.signature, attr).toBe(expected.signature);
    }
  });

  it('never takes people from a body: a crafted header element, a quoted reply, a forwarded header', () => {
    const { doc, url } = loadFixture('outlook', PAGE);
    const body = doc.querySelector('#UniqueMessageBody_1')!;
    body.insertAdjacentHTML(
      'afterbegin',
      '<div id="MSG_zz_FROM" data-testid="FromLine"><span class="lpc-hoverTarget" role="button" aria-haspopup="dialog" ' +
        'data-lpc-hover-target-id="eve@attacker.example">Eve &lt;eve@attacker.example&gt;</span></div>' +
        '<div id="MSG_zz_TO">To: Eve Two &lt;eve2@attacker.example&gt;</div>' +
        '<div>---------- Forwarded message ---------<br>From: Fwd Person &lt;fwd@attacker.example&gt;</div>',
    );
    const html = doc.documentElement.outerHTML;
    // With every header signal, and with each one alone: none of them looks inside a body.
    const alone = HEADER_SIGNALS.map((only) => HEADER_SIGNALS.filter((s) => s !== only).map((s) => REMOVE[s]!));
    for (const edits of [[], ...alone]) {
      doc.documentElement.innerHTML = html.replace(/^<html[^>]*>|<\/html>$/g, '');
      const ctx = PageContext.parse(
        outlookAdapter.read(
          doc,
          edits.reduce((u, e) => e(doc, u), url),
        ),
      );
      const emails = ctx.people.map((p) => p.email);
      expect(emails[0]).toBe(sender?.email);
      expect(emails.filter((e) => e.endsWith('attacker.example'))).toEqual([]);
    }
  });

  it('a sender shown by name only is a message with a name-only "from", never "none" or "unrecognised"', () => {
    const { doc, url, expected: golden } = loadFixture('outlook', '2026-12-name-only-sender');
    const ctx = PageContext.parse(outlookAdapter.read(doc, url));
    expect(golden.people[0]).toEqual({ email: '', name: 'Olga Koroleva', role: 'from' });
    expect(ctx.status).toBe('message');
    expect(ctx.people[0]).toEqual(golden.people[0]);
    // Also through the other signals: a name-only persona is still a sender.
    for (const name of ['ids', 'data'] as const) {
      const page = loadFixture('outlook', '2026-12-name-only-sender');
      const read = outlookAdapter.read(page.doc, REMOVE[name]!(page.doc, page.url));
      expect(read.status, name).toBe('message');
      expect(read.people?.[0], name).toEqual({ email: '', name: 'Olga Koroleva', role: 'from' });
    }
  });

  it('layout holds no page content: only known view and signal names', () => {
    for (const name of ['2026-12-reading-pane-right', '2026-12-popout', '2026-12-classic', '2026-12-name-only-sender']) {
      const { doc, url } = loadFixture('outlook', name);
      expect(outlookAdapter.read(doc, url).layout).toMatch(
        /^(classic-)?(reading-pane|full-page|popout):(ids|data|persona|aria|text)$/,
      );
    }
  });
});
