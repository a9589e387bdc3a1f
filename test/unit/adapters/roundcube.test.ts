// @vitest-environment happy-dom
import { roundcubeAdapter } from '@/lib/adapters/roundcube';
import { normaliseEmail } from '@/lib/adapters/parse-address';
import { PageContext } from '@/lib/schema/page-context';
import { loadFixture, loadPage } from './fixtures';

const FIXTURES = ['2026-11-show', '2026-11-preview', '2026-11-list'];

/** Gives the list page's preview iframe a readable document, as a same-origin frame has. */
function withPreview(list: Document, preview: Document | null, href = ''): void {
  const frame = list.querySelector('#messagecontframe')!;
  Object.defineProperty(frame, 'contentDocument', { get: () => preview });
  Object.defineProperty(frame, 'contentWindow', { get: () => (href ? { location: { href } } : null) });
}

describe('Roundcube adapter: golden pages', () => {
  it.each(FIXTURES)('%s reads as expected', (name) => {
    const { doc, url, expected } = loadFixture('roundcube', name);
    expect(roundcubeAdapter.matchesDocument?.(doc)).toBe(true);
    const ctx = roundcubeAdapter.read(doc, url);
    expect(ctx).toEqual(expected);
    expect(PageContext.parse(ctx)).toEqual(ctx);
  });
});

describe('Roundcube adapter: the list page reads its preview frame', () => {
  const listUrl = new URL('http://127.0.0.1:8000/?_task=mail&_mbox=INBOX');

  it('reads the message in a same-origin preview frame', () => {
    const list = loadPage('roundcube', '2026-11-list');
    const preview = loadFixture('roundcube', '2026-11-preview');
    withPreview(list, preview.doc, preview.url.href);
    expect(roundcubeAdapter.read(list, listUrl)).toEqual({ ...preview.expected, url: listUrl.href });
  });

  it('falls back to the frame src for the message id', () => {
    const list = loadPage('roundcube', '2026-11-list');
    withPreview(list, loadFixture('roundcube', '2026-11-preview').doc);
    expect(roundcubeAdapter.read(list, listUrl).messageId).toBe('INBOX:43');
  });

  it('is "none" when the frame shows no message or cannot be read', () => {
    const list = loadPage('roundcube', '2026-11-list');
    withPreview(list, new DOMParser().parseFromString('<body class="task-mail action-none"></body>', 'text/html'));
    expect(roundcubeAdapter.read(list, listUrl).status).toBe('none');
    const blocked = loadPage('roundcube', '2026-11-list');
    Object.defineProperty(blocked.querySelector('#messagecontframe')!, 'contentDocument', {
      get: () => {
        throw new DOMException('Blocked a frame with origin', 'SecurityError');
      },
    });
    expect(roundcubeAdapter.read(blocked, listUrl).status).toBe('none');
  });
});

describe('Roundcube adapter: details', () => {
  it('reads "Name <address>" text when the user shows addresses (no title attribute)', () => {
    const { doc, url } = loadFixture('roundcube', '2026-11-preview');
    expect(doc.querySelector('td.header.from a')!.hasAttribute('title')).toBe(false);
    expect(roundcubeAdapter.read(doc, url).people?.[0]).toEqual({
      email: 'maria.ivanova@severny-veter.example',
      name: 'Мария Иванова',
      role: 'from',
    });
  });

  it('is "unrecognised" when a message view has no readable sender', () => {
    const { doc, url } = loadFixture('roundcube', '2026-11-show');
    doc.querySelectorAll('.rcmContactAddress').forEach((el) => el.removeAttribute('href'));
    doc.querySelectorAll('.rcmContactAddress').forEach((el) => el.removeAttribute('title'));
    expect(roundcubeAdapter.read(doc, url).status).toBe('unrecognised');
  });

  it('is recognised by DOM on any host, and only Roundcube pages are', () => {
    for (const [site, name] of [
      ['gmail', '2026-11-thread'],
      ['outlook', '2026-11-reading-pane'],
      ['generic', '2026-11-contacts'],
    ]) {
      expect(roundcubeAdapter.matchesDocument?.(loadPage(site!, name!))).toBe(false);
    }
    const bare = new DOMParser().parseFromString(
      '<body class="task-login"><script>var rcmail = new rcube_webmail();</script></body>',
      'text/html',
    );
    expect(roundcubeAdapter.matchesDocument?.(bare)).toBe(true);
  });
});

// Dumps of a real Roundcube 1.6 (test/roundcube/smoke.mjs --save-fixtures). They are rewritten
// when the harness's seed mail changes, so these check shape, not exact people.
describe('Roundcube adapter: real Roundcube 1.6 pages', () => {
  const base = 'http://127.0.0.1:8000/roundcube/';

  it.each([
    ['2026-11-real-show', `${base}?_task=mail&_uid=2&_mbox=INBOX&_action=show`],
    ['2026-11-real-preview', `${base}?_task=mail&_framed=1&_action=preview`],
  ])("%s: the sender is the header's From address", (name, href) => {
    const doc = loadPage('roundcube', name);
    expect(roundcubeAdapter.matchesDocument?.(doc)).toBe(true);
    const ctx = PageContext.parse(roundcubeAdapter.read(doc, new URL(href)));
    expect(ctx.status).toBe('message');
    const from = normaliseEmail(doc.querySelector('td.header.from a.rcmContactAddress')?.getAttribute('href'));
    expect(ctx.people[0]).toMatchObject({ email: from, role: 'from' });
    expect(ctx.people.every((p) => normaliseEmail(p.email) === p.email)).toBe(true);
    expect(ctx.subject).not.toBe('');
    expect(ctx.subject).not.toMatch(/Subject:|Open in new window/);
    // The id comes from the URL when it has one, else from the page's env script.
    expect(ctx.messageId).toMatch(/^[^:]+:\d+$/);
  });

  it('2026-11-real-list: nothing open while the frame shows the watermark', () => {
    const doc = loadPage('roundcube', '2026-11-real-list');
    expect(roundcubeAdapter.matchesDocument?.(doc)).toBe(true);
    expect(roundcubeAdapter.read(doc, new URL(`${base}?_task=mail&_mbox=INBOX`)).status).toBe('none');
  });

  it('2026-11-real-list with the real preview in its frame reads the previewed message', () => {
    const list = loadPage('roundcube', '2026-11-real-list');
    const preview = loadPage('roundcube', '2026-11-real-preview');
    withPreview(list, preview);
    const ctx = roundcubeAdapter.read(list, new URL(`${base}?_task=mail&_mbox=INBOX`));
    expect(ctx.status).toBe('message');
    expect(ctx.people?.[0]?.email).toBe(normaliseEmail(preview.querySelector('td.header.from a')?.getAttribute('href')));
  });
});
