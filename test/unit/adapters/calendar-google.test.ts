// @vitest-environment happy-dom
import { calendarGoogleAdapter } from '@/lib/adapters/calendar-google';
import { dayFromDateKey, uidFromEid } from '@/lib/adapters/calendar-google/parse';
import { findAdapter } from '@/lib/adapters/registry';
import { PageContext } from '@/lib/schema/page-context';
import { loadFixture } from './fixtures';

describe('Google Calendar adapter: golden page', () => {
  it('2026-11-event reads as expected', () => {
    const { doc, url, expected } = loadFixture('calendar-google', '2026-11-event');
    const ctx = calendarGoogleAdapter.read(doc, url);
    expect(ctx).toEqual(expected);
    expect(PageContext.parse(ctx)).toEqual(ctx);
  });

  it('is the adapter the registry picks for the calendar', () => {
    const { doc, url } = loadFixture('calendar-google', '2026-11-event');
    expect(findAdapter(url, doc)?.name).toBe('calendar-google');
  });
});

describe('Google Calendar adapter: details', () => {
  it('reports every guest as an attendee, names from the row, never its localized labels', () => {
    const { doc, url } = loadFixture('calendar-google', '2026-11-event');
    const people = PageContext.parse(calendarGoogleAdapter.read(doc, url)).people;
    expect(people.map((p) => [p.email, p.name, p.role])).toEqual([
      ['anna.petrova@acme-logistics.example', 'Anna Petrova', 'attendee'],
      ['igor.smirnov@acme-logistics.example', 'Igor Smirnov', 'attendee'],
      ['maria.ivanova@severny-veter.example', 'Мария Иванова', 'attendee'],
      ['kam@keyside.example', '', 'attendee'],
    ]);
  });

  it('is "none" on the grid with no event open', () => {
    const { doc, url } = loadFixture('calendar-google', '2026-11-event');
    doc.querySelector('[role="dialog"]')!.remove();
    expect(calendarGoogleAdapter.read(doc, url).status).toBe('none');
  });

  it('is "unrecognised" on an event page it cannot read', () => {
    const { doc } = loadFixture('calendar-google', '2026-11-event');
    doc.querySelector('[role="dialog"]')!.remove();
    const url = new URL('https://calendar.google.com/calendar/u/0/r/eventedit/NGRyZXVwZzJt');
    expect(calendarGoogleAdapter.read(doc, url).status).toBe('unrecognised');
  });

  it("leaves the start empty when the grid does not show the event's day", () => {
    const { doc, url } = loadFixture('calendar-google', '2026-11-event');
    doc.querySelectorAll('[data-eventchip]').forEach((el) => el.remove());
    const ctx = calendarGoogleAdapter.read(doc, url);
    expect(ctx.status).toBe('event');
    expect(ctx.eventStart).toBe('');
  });

  it('unpacks day keys and event ids', () => {
    expect(dayFromDateKey('29048')).toBe('2026-11-24');
    expect(dayFromDateKey('29057')).toBe('2026-12-01');
    expect(dayFromDateKey('garbage')).toBe('');
    expect(uidFromEid('NGRyZXVwZzJtNWZrOGZ0dm1xcjNtMGw0bzQga2FtQGtleXNpZGUuZXhhbXBsZQ')).toBe(
      '4dreupg2m5fk8ftvmqr3m0l4o4@google.com',
    );
    expect(uidFromEid('%%%')).toBe('');
  });
});
