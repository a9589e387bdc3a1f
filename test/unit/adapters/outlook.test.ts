// @vitest-environment happy-dom
import { outlookAdapter } from '@/lib/adapters/outlook';
import { PageContext } from '@/lib/schema/page-context';
import { loadFixture } from './fixtures';

const FIXTURES = ['2026-11-reading-pane', '2026-11-full-page', '2026-11-changed-layout', '2026-11-inbox'];
/** The 2026-12 pages: every view the README lists (issue 9). */
const VIEWS = [
  '2026-12-reading-pane-right',
  '2026-12-reading-pane-bottom',
  '2026-12-full-page',
  '2026-12-popout',
  '2026-12-conversation-off',
  '2026-12-classic',
  '2026-12-name-only-sender',
  '2026-12-invitation',
];

describe('Outlook adapter: golden pages', () => {
  it.each([...FIXTURES, ...VIEWS])('%s reads as expected', (name) => {
    const { doc, url, expected } = loadFixture('outlook', name);
    const ctx = outlookAdapter.read(doc, url);
    expect(ctx).toEqual(expected);
    expect(PageContext.parse(ctx)).toEqual(ctx);
  });
});

describe('Outlook adapter: details', () => {
  it('keeps recipients in the order shown, whether the address is in text or in a tooltip', () => {
    const { doc, url } = loadFixture('outlook', '2026-11-reading-pane');
    const people = PageContext.parse(outlookAdapter.read(doc, url)).people;
    expect(people.map((p) => `${p.role}:${p.name}`)).toEqual([
      'from:Igor Smirnov',
      'to:Kam Keyside',
      'cc:New Person',
      'cc:Anna Petrova',
    ]);
  });

  it('reads a sender shown by name only (same organisation) as a message with a name-only sender', () => {
    const { doc, url } = loadFixture('outlook', '2026-11-reading-pane');
    doc.querySelector('[id$="_FROM"] .addr')!.remove();
    // The selected list row names the same person with an address: that completes the sender.
    expect(outlookAdapter.read(doc, url).people?.[0]).toEqual({
      email: 'igor.smirnov@acme-logistics.example',
      name: 'Igor Smirnov',
      role: 'from',
    });
    doc.querySelector('[data-convid][aria-selected="true"] [title]')!.removeAttribute('title');
    const ctx = outlookAdapter.read(doc, url);
    expect(ctx.status).toBe('message');
    expect(ctx.people?.[0]).toEqual({ email: '', name: 'Igor Smirnov', role: 'from' });
    expect(ctx.people?.[1]).toMatchObject({ email: 'kam@keyside.example', role: 'to' });
  });

  it('takes only the address from aria-label, never its localized words', () => {
    const { doc, url } = loadFixture('outlook', '2026-11-full-page');
    const from = doc.querySelector('[id$="_FROM"]')!;
    from.innerHTML =
      '<span class="lpc-hoverTarget" aria-label="Von: giorgi.beridze@tbilisi-wine.example"><span>გიორგი ბერიძე</span></span>';
    expect(outlookAdapter.read(doc, url).people?.[0]).toEqual({
      email: 'giorgi.beridze@tbilisi-wine.example',
      name: 'გიორგი ბერიძე',
      role: 'from',
    });
  });

  it('is "unrecognised" when the route names a message but no reading pane can be found', () => {
    const { doc } = loadFixture('outlook', '2026-11-inbox');
    const url = new URL('https://outlook.office.com/mail/inbox/id/AAQkADAwATM0MDAAMS1iNmY3');
    expect(outlookAdapter.read(doc, url).status).toBe('unrecognised');
  });

  it('is "none" while the boot splash shows', () => {
    const { doc, url } = loadFixture('outlook', '2026-11-changed-layout');
    doc.body.insertAdjacentHTML('afterbegin', '<div id="loadingScreen"></div>');
    expect(outlookAdapter.read(doc, url).status).toBe('none');
  });

  it('takes the signature before the quoted reply, not the quoted one', () => {
    const { doc, url } = loadFixture('outlook', '2026-11-reading-pane');
    doc.querySelector('#UniqueMessageBody_1 [id="x_Signature"]')!.remove();
    expect(outlookAdapter.read(doc, url).signature).toBe('');
  });

  it('matches mail routes on the OWA hosts, not calendar or people', () => {
    const ok = [
      'https://outlook.cloud.microsoft/mail/',
      'https://outlook.office.com/mail/',
      'https://outlook.live.com/mail/0/',
      'https://outlook.office365.com/owa/',
    ];
    const no = [
      'https://outlook.office.com/calendar/view/week',
      'https://outlook.cloud.microsoft/calendar/view/week',
      'https://outlook.live.com/people/',
      'https://cloud.microsoft/mail/',
      'https://outlook.example.com/mail/',
      'http://outlook.office.com/mail/',
    ];
    for (const u of ok) expect(outlookAdapter.matchesUrl(new URL(u))).toBe(true);
    for (const u of no) expect(outlookAdapter.matchesUrl(new URL(u))).toBe(false);
  });
});
