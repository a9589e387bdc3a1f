import type { BrowserContext, FrameLocator, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expect, test } from './extension';
import { ensureDemoData, panelOf } from './panel-helpers';

/**
 * Calendars and invitations (meetings issue, item 6): the panel reads a calendar event's
 * attendees, shows their account, and schedules the meeting in one click — once. Fixture pages
 * are served at the real hostnames; their dates are moved to tomorrow so they can be scheduled.
 */

const pad = (n: number) => String(n).padStart(2, '0');
const tomorrow = new Date(Date.now() + 24 * 3600_000);
const DAY = `${tomorrow.getFullYear()}-${pad(tomorrow.getMonth() + 1)}-${pad(tomorrow.getDate())}`;
/** Google's packed day key for tomorrow ((year - 1970) << 9 | month << 5 | day). */
const DATEKEY = ((tomorrow.getFullYear() - 1970) << 9) | ((tomorrow.getMonth() + 1) << 5) | tomorrow.getDate();
const UTC_DAY = tomorrow.toISOString().slice(0, 10);

async function serve(context: BrowserContext, pattern: string, body: (url: string) => { body: string; contentType: string }) {
  await context.route(pattern, (route) => route.fulfill(body(route.request().url())));
}

const html = (file: string, edit: (s: string) => string = (s) => s) => ({
  contentType: 'text/html; charset=utf-8',
  body: edit(readFileSync(file, 'utf8')),
});

/** The wall-clock "HH:MM" the browser shows for an instant (the panel uses the user's zone). */
const localTime = (page: Page, iso: string) =>
  page.evaluate((i) => {
    const d = new Date(i);
    return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
  }, iso);

async function dossierMeetings(ext: { context: BrowserContext; url: (p: string) => string }, label: string) {
  const dash = await ext.context.newPage();
  await dash.goto(`${ext.url('dashboard.html')}#/account/demo-acme`);
  const rows = dash.getByTestId('meetings').getByTestId('upcoming-meeting').filter({ hasText: label });
  return { dash, rows };
}

const acmeOf = (panel: FrameLocator) =>
  panel.locator('article').filter({ has: panel.getByTestId('dossier-name').getByText('Acme Logistics') });

test.describe('calendar events and invitations in the panel', () => {
  test.beforeEach(async ({ ext }) => {
    await ensureDemoData(ext.context, ext.url('dashboard.html'));
  });
  test.afterEach(async ({ ext }) => {
    await ext.context.unrouteAll({ behavior: 'ignoreErrors' });
  });

  test("Google Calendar: attendees' dossier, one-click scheduling, no duplicate", async ({ ext }) => {
    await serve(ext.context, 'https://calendar.google.com/**', () =>
      html('test/fixtures/calendar-google/2026-11-event.html', (s) =>
        s.replaceAll('data-datekey="29048"', `data-datekey="${DATEKEY}"`),
      ),
    );
    const page = await ext.context.newPage();
    await page.goto('https://calendar.google.com/calendar/u/0/r/week');
    const panel = panelOf(page);
    await expect(panel.getByTestId('event-title')).toHaveText('Cold-chain lanes: Q1 volumes');
    await expect(acmeOf(panel)).toBeVisible();
    await expect(acmeOf(panel).getByTestId('contact-name').first()).toContainText(/Anna Petrova|Igor Smirnov/);

    const form = panel.getByTestId('schedule-from-event');
    await expect(form.getByTestId('event-day')).toHaveValue(DAY);
    // Google shows the time only as localized text: the user sets it.
    await expect(form.getByTestId('event-set-time')).toBeVisible();
    await expect(form.getByTestId('event-place')).toHaveValue('Acme HQ, Kotka');
    await form.getByTestId('event-account').selectOption('demo-acme');
    await form.getByTestId('event-type').selectOption('builtin:account-review');
    await form.getByTestId('event-time').fill('09:30');
    await form.getByTestId('event-schedule').click();

    await expect(panel.getByTestId('event-scheduled')).toBeVisible();
    // Tomorrow 09:30 comes before the demo's 11:00 meeting: it is now the next one, with its checklist.
    await expect(acmeOf(panel).getByTestId('next-meeting')).toContainText('Acme HQ, Kotka');
    await expect(acmeOf(panel).getByTestId('checklist-item').first()).toBeVisible();

    // The same event opened again (another tab) is already scheduled: nothing to click twice.
    const again = await ext.context.newPage();
    await again.goto('https://calendar.google.com/calendar/u/0/r/week');
    await expect(panelOf(again).getByTestId('event-scheduled')).toBeVisible();
    await expect(panelOf(again).getByTestId('event-schedule')).toHaveCount(0);

    const { dash, rows } = await dossierMeetings(ext, 'Account review');
    await expect(rows).toHaveCount(1);
    await Promise.all([dash.close(), again.close(), page.close()]);
  });

  test('Gmail invitation (.ics, Europe/Helsinki): offered at the right local time, scheduled once', async ({ ext }) => {
    const ics = readFileSync('test/fixtures/invites/2026-11-acme-q1.ics', 'utf8').replaceAll(
      '20261125T',
      `${DAY.replaceAll('-', '')}T`,
    );
    await serve(ext.context, 'https://mail.google.com/**', (url) =>
      url.includes('view=att')
        ? { contentType: 'text/calendar; charset=utf-8', body: ics }
        : html('test/fixtures/invites/2026-11-gmail-invite.html'),
    );
    const page = await ext.context.newPage();
    await page.goto('https://mail.google.com/mail/u/0/#inbox/FMfcgzQbdemo');
    const panel = panelOf(page);
    await expect(panel.getByTestId('event-title')).toHaveText('Q1 volumes review');
    const form = panel.getByTestId('schedule-from-event');
    // 10:00 in Helsinki (EET, UTC+2 in winter) is 08:00 UTC, shown in the browser's own zone.
    const helsinkiTen = new Date(`${DAY}T08:00:00Z`).toISOString();
    await expect(form.getByTestId('event-time')).toHaveValue(await localTime(page, helsinkiTen));
    await expect(form.getByTestId('event-place')).toHaveValue('Acme HQ, Kotka');
    await form.getByTestId('event-account').selectOption('demo-acme');
    await form.getByTestId('event-type').selectOption('builtin:call');
    await form.getByTestId('event-schedule').click();
    await expect(panel.getByTestId('event-scheduled')).toBeVisible();

    await page.reload();
    await expect(panelOf(page).getByTestId('event-scheduled')).toBeVisible();
    const { dash, rows } = await dossierMeetings(ext, 'Call');
    await expect(rows).toHaveCount(1);
    await Promise.all([dash.close(), page.close()]);
  });

  test("Outlook calendar: the item pane's event, with its machine-readable time", async ({ ext }) => {
    await serve(ext.context, 'https://outlook.office.com/**', () =>
      html('test/fixtures/calendar-outlook/2026-11-event.html', (s) => s.replaceAll('2026-11-24T', `${UTC_DAY}T`)),
    );
    const page = await ext.context.newPage();
    await page.goto('https://outlook.office.com/calendar/item/AAMkADAwATM0MDAAMS1iNmY3LTQ5ZjEtMDACLTAwCgBGAAAD');
    const panel = panelOf(page);
    await expect(panel.getByTestId('event-title')).toHaveText('Cold-chain lanes: Q1 volumes');
    const form = panel.getByTestId('schedule-from-event');
    await expect(form.getByTestId('event-time')).toHaveValue(await localTime(page, `${UTC_DAY}T08:00:00Z`));
    await form.getByTestId('event-account').selectOption('demo-acme');
    await form.getByTestId('event-type').selectOption('builtin:presentation');
    await form.getByTestId('event-schedule').click();
    await expect(panel.getByTestId('event-scheduled')).toBeVisible();
    const { dash, rows } = await dossierMeetings(ext, 'Presentation');
    await expect(rows).toHaveCount(1);
    await Promise.all([dash.close(), page.close()]);
  });
});
