// @vitest-environment happy-dom
import { gmailAdapter } from '@/lib/adapters/gmail';
import { PageContext } from '@/lib/schema/page-context';
import { loadFixture } from './fixtures';

const FIXTURES = [
  '2026-11-thread',
  '2026-11-preview-pane',
  '2026-11-inbox',
  '2026-11-changed-layout',
  '2026-12-thread-collapsed',
  '2026-12-split-pane',
  '2026-12-perm-id-undefined',
  '2026-12-subject-missing',
];

describe('Gmail adapter: golden pages', () => {
  it.each(FIXTURES)('%s reads as expected', (name) => {
    const { doc, url, expected } = loadFixture('gmail', name);
    const ctx = gmailAdapter.read(doc, url);
    expect(ctx).toEqual(expected);
    expect(PageContext.parse(ctx)).toEqual(ctx);
  });
});

describe('Gmail adapter: details', () => {
  it('reports the open message sender first, its recipients, then the rest of the thread', () => {
    const { doc, url } = loadFixture('gmail', '2026-11-thread');
    const people = PageContext.parse(gmailAdapter.read(doc, url)).people;
    expect(people[0]).toEqual({ email: 'anna.petrova@acme-logistics.example', name: 'Anna Petrova', role: 'from' });
    expect(people.map((p) => p.role)).toEqual(['from', 'to', 'cc', 'cc']);
  });

  it('without the details table, everyone on the summary line is "to"', () => {
    const { doc, url } = loadFixture('gmail', '2026-11-thread');
    doc.querySelectorAll('.ajA').forEach((el) => el.remove());
    const people = PageContext.parse(gmailAdapter.read(doc, url)).people;
    expect(people.map((p) => [p.email, p.role])).toEqual([
      ['anna.petrova@acme-logistics.example', 'from'],
      ['kam@keyside.example', 'to'],
      ['maria.ivanova@severny-veter.example', 'to'],
      ['igor.smirnov@acme-logistics.example', 'to'],
    ]);
  });

  it('names other senders of the thread as "other" participants', () => {
    const { doc, url } = loadFixture('gmail', '2026-11-thread');
    // Igor is no longer on the open message: he stays on the thread as the second message's sender.
    doc.querySelectorAll('.adn [email="igor.smirnov@acme-logistics.example"]').forEach((el) => el.remove());
    const people = PageContext.parse(gmailAdapter.read(doc, url)).people;
    expect(people.find((p) => p.email === 'igor.smirnov@acme-logistics.example')?.role).toBe('other');
  });

  it('is "unrecognised" when the open message has no readable sender', () => {
    const { doc, url } = loadFixture('gmail', '2026-11-thread');
    for (const el of doc.querySelectorAll('.adn [email]')) {
      el.removeAttribute('email');
      el.removeAttribute('data-hovercard-id');
    }
    // The address Gmail prints beside the name is a signal of its own.
    doc.querySelectorAll('.adn .go').forEach((el) => el.remove());
    expect(gmailAdapter.read(doc, url).status).toBe('unrecognised');
  });

  it('is "none" while Gmail shows its loading screen', () => {
    const { doc, url } = loadFixture('gmail', '2026-11-changed-layout');
    doc.getElementById('loading')!.setAttribute('style', '');
    expect(gmailAdapter.read(doc, url).status).toBe('none');
  });

  it('ignores a thread view Gmail keeps hidden behind the list', () => {
    const { doc, url } = loadFixture('gmail', '2026-11-inbox');
    expect(doc.querySelector('h2.hP')).not.toBeNull();
    expect(gmailAdapter.read(doc, url).status).toBe('none');
  });

  it('never throws, whatever the document does', () => {
    const hostile = new Proxy(
      {},
      {
        get: () => {
          throw new Error('boom');
        },
      },
    ) as Document;
    const url = new URL('https://mail.google.com/mail/u/0/#inbox/FMfcgzQbgRnJkWxtLzXbKmVdPqHsTwCc');
    expect(gmailAdapter.read(hostile, url)).toMatchObject({ site: 'gmail', status: 'unrecognised', people: [] });
  });

  it('matches Gmail mail URLs only', () => {
    expect(gmailAdapter.matchesUrl(new URL('https://mail.google.com/mail/u/0/#inbox'))).toBe(true);
    expect(gmailAdapter.matchesUrl(new URL('https://mail.google.com/chat/u/0/'))).toBe(false);
    expect(gmailAdapter.matchesUrl(new URL('https://calendar.google.com/calendar/r'))).toBe(false);
  });
});
