// @vitest-environment happy-dom
import { calendarOutlookAdapter } from '@/lib/adapters/calendar-outlook';
import { outlookAdapter } from '@/lib/adapters/outlook';
import { findAdapter } from '@/lib/adapters/registry';
import { PageContext } from '@/lib/schema/page-context';
import { loadFixture } from './fixtures';

describe('Outlook calendar adapter: golden page', () => {
  it('2026-11-event reads as expected', () => {
    const { doc, url, expected } = loadFixture('calendar-outlook', '2026-11-event');
    const ctx = calendarOutlookAdapter.read(doc, url);
    expect(ctx).toEqual(expected);
    expect(PageContext.parse(ctx)).toEqual(ctx);
  });

  it('owns /calendar routes; the mail adapter keeps refusing them', () => {
    const { doc, url } = loadFixture('calendar-outlook', '2026-11-event');
    expect(findAdapter(url, doc)?.name).toBe('calendar-outlook');
    expect(outlookAdapter.matchesUrl(url)).toBe(false);
    expect(calendarOutlookAdapter.matchesUrl(new URL('https://outlook.office.com/mail/inbox'))).toBe(false);
  });
});

describe('Outlook calendar adapter: details', () => {
  it('reports the organizer first (as the sender), then the attendees', () => {
    const { doc, url } = loadFixture('calendar-outlook', '2026-11-event');
    const people = PageContext.parse(calendarOutlookAdapter.read(doc, url)).people;
    expect(people.map((p) => [p.email, p.role])).toEqual([
      ['anna.petrova@acme-logistics.example', 'from'],
      ['igor.smirnov@acme-logistics.example', 'attendee'],
      ['maria.ivanova@severny-veter.example', 'attendee'],
      ['kam@keyside.example', 'attendee'],
    ]);
  });

  it('falls back to the day the view shows when the item has no machine-readable time', () => {
    const { doc } = loadFixture('calendar-outlook', '2026-11-event');
    doc.querySelectorAll('time').forEach((el) => el.removeAttribute('datetime'));
    const ctx = calendarOutlookAdapter.read(doc, new URL('https://outlook.live.com/calendar/0/view/day/2026/11/24'));
    expect(ctx.eventStart).toBe('2026-11-24');
  });

  it('never places wall-clock time without an offset', () => {
    const { doc, url } = loadFixture('calendar-outlook', '2026-11-event');
    doc.querySelector('time')!.setAttribute('datetime', '2026-11-24T10:00:00');
    expect(calendarOutlookAdapter.read(doc, url).eventStart).toBe('');
  });

  it('is "none" on the calendar grid, "unrecognised" on an item it cannot read', () => {
    const { doc } = loadFixture('calendar-outlook', '2026-11-event');
    doc.getElementById('ItemReadingPaneContainer')!.remove();
    expect(calendarOutlookAdapter.read(doc, new URL('https://outlook.office.com/calendar/view/week')).status).toBe('none');
    expect(calendarOutlookAdapter.read(doc, new URL('https://outlook.office.com/calendar/item/AAMk')).status).toBe(
      'unrecognised',
    );
  });
});
