import { readFileSync } from 'node:fs';
import { expect, test } from './extension';
import { ensureDemoData, panelOf, routeFixture } from './panel-helpers';

const GMAIL = 'https://mail.google.com/**';
const OUTLOOK = 'https://outlook.office.com/**';
const GMAIL_PAGE = 'test/fixtures/gmail/2026-11-thread.html';
const OUTLOOK_PAGE = 'test/fixtures/outlook/2026-11-changed-layout.html';

interface Expected {
  subject: string;
  people: { email: string; name: string }[];
}

/** Every address in the two pages, and the names and subjects their golden contexts list. */
function personalData(): string[] {
  const addresses = [GMAIL_PAGE, OUTLOOK_PAGE].flatMap(
    (f) => readFileSync(f, 'utf8').match(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g) ?? [],
  );
  const expected = [
    'test/fixtures/gmail/2026-11-thread.expected.json',
    'test/fixtures/outlook/2026-11-reading-pane.expected.json',
  ].map((f) => JSON.parse(readFileSync(f, 'utf8')) as Expected);
  const names = expected.flatMap((e) => e.people.map((p) => p.name));
  return [...new Set([...addresses, ...names, ...expected.map((e) => e.subject)])].filter((s) => s.length > 2);
}

test.describe('Settings → Site health', () => {
  test.afterEach(async ({ ext }) => {
    await ext.context.unroute(GMAIL);
    await ext.context.unroute(OUTLOOK);
  });

  test('shows each site read, links from "layout not recognised", and copies a report without page content', async ({ ext }) => {
    await ensureDemoData(ext.context, ext.url('dashboard.html'));
    await routeFixture(ext.context, GMAIL, GMAIL_PAGE);
    await routeFixture(ext.context, OUTLOOK, OUTLOOK_PAGE);

    const gmail = await ext.context.newPage();
    await gmail.goto('https://mail.google.com/mail/u/0/#inbox/FMfcgzQbdemo');
    await expect(panelOf(gmail).getByTestId('dossier-name').first()).toHaveText('Acme Logistics');
    await gmail.close();

    const outlook = await ext.context.newPage();
    await outlook.goto(
      'https://outlook.office.com/mail/inbox/id/AAQkADAwATM0MDAAMS1iNmY3LTQ5ZjEtMDACLTAwCgAQAMt8%2Fh%2B3A0VJrSWh0CZ6u2E%3D',
    );
    const panel = panelOf(outlook);
    await expect(panel.getByTestId('layout-unrecognised')).toBeVisible();

    // The panel's link opens the dashboard at the card (through the worker's openDashboard).
    const opened = ext.context.waitForEvent('page');
    await panel.getByTestId('site-health-link').click();
    const dashboard = await opened;
    await expect(dashboard).toHaveURL(/dashboard\.html#\/settings\/site-health$/);
    const card = dashboard.getByTestId('site-health');
    await expect(card).toBeVisible();
    await expect(card.locator('[data-testid="site-health-row"][data-site="gmail"]')).toHaveAttribute('data-status', 'message');
    await expect(card.locator('[data-testid="site-health-row"][data-site="outlook"]')).toHaveAttribute(
      'data-status',
      'unrecognised',
    );
    await expect(card.locator('[data-site="outlook"]')).toContainText('layout not recognised');
    await expect(card.locator('[data-site="gmail"]')).not.toContainText('never');

    // Chromium grants no clipboard permission to an extension origin from Playwright (it counts as
    // opaque), so the page's own writeText is wrapped: the text is kept, and still written.
    await dashboard.evaluate(() => {
      const clipboard = navigator.clipboard;
      const write = clipboard.writeText.bind(clipboard);
      const kept = window as unknown as { keysideCopied?: string };
      clipboard.writeText = (text: string) => {
        kept.keysideCopied = text;
        return write(text);
      };
    });
    await dashboard.bringToFront();
    await card.getByTestId('copy-report').click();
    await expect(card.getByRole('status')).toHaveText('Report copied.');
    const report = await dashboard.evaluate(() => (window as unknown as { keysideCopied?: string }).keysideCopied ?? '');
    expect(report).toContain('[gmail]');
    expect(report).toContain('[outlook]');
    expect(report).toMatch(/unrecognised=[1-9]/);
    const leaks = personalData().filter((s) => report.toLowerCase().includes(s.toLowerCase()));
    expect(leaks).toEqual([]);
    expect(report).not.toMatch(/@|https?:\/\//);
    await dashboard.close();
    await outlook.close();
  });
});
