import type { Page } from '@playwright/test';
import { expect, test } from './extension';
import { removeMeeting, scheduleNew } from './meetings-helpers';
import { ensureDemoData, panelOf, routeFixture } from './panel-helpers';

const GMAIL = 'https://mail.google.com/**';

/** The browser's local day `days` from today, as a date input wants it. */
function localDayAhead(page: Page, days: number): Promise<string> {
  return page.evaluate((n) => {
    const d = new Date();
    d.setDate(d.getDate() + n);
    const pad = (x: number) => String(x).padStart(2, '0');
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  }, days);
}

test.describe('contracts in the dossier', () => {
  test.afterEach(async ({ ext }) => {
    await ext.context.unroute(GMAIL);
  });

  test('a renewal date makes a follow-up, shows in the panel beside the client’s email and in the account review preparation', async ({
    ext,
  }) => {
    await ensureDemoData(ext.context, ext.url('dashboard.html'));
    const dashboard = ext.url('dashboard.html');
    const number = `E2E-${Date.now().toString(36)}`;
    const dash = await ext.context.newPage();
    const renewal = await localDayAhead(dash, 60);
    let meetingId: string | undefined;
    try {
      // The dossier: add a signed contract renewing in 60 days, follow-up 14 days ahead.
      await dash.goto(`${dashboard}#/account/demo-acme`);
      const card = dash.getByTestId('contracts');
      await card.getByTestId('add-contract').click();
      const form = card.getByTestId('contract-form');
      await form.getByLabel('Contract number').fill(number);
      await form.getByLabel('Contract title').fill('Cold-chain pilot');
      await form.getByLabel('Contract status').selectOption('signed');
      await form.getByLabel('Renewal date').fill(renewal);
      await form.getByLabel('Follow-up this many days ahead').fill('14');
      await form.getByRole('button', { name: 'Save' }).click();
      await expect(form).toHaveCount(0);
      const row = card.getByTestId('contract').filter({ hasText: number });
      await expect(row.getByTestId('contract-status')).toHaveText('Signed');
      await expect(row.getByTestId('contract-dates')).toContainText('follow-up 14 days ahead');

      // Its follow-up appears by itself, not overdue (due 46 days from now).
      const followUp = dash.getByTestId('follow-ups').getByTestId('dossier-open-task').filter({ hasText: number });
      await expect(followUp).toHaveCount(1);
      await expect(followUp).toContainText(`Contract ${number} (Cold-chain pilot) renews on`);
      await expect(followUp).not.toHaveClass(/overdue/);

      // An obligation of ours with a date makes a second follow-up; ticking it closes that follow-up.
      await row.getByTestId('contract-terms-toggle').click();
      await row.getByTestId('obligation-text').fill(`Pilot report ${number}`);
      await row.getByTestId('obligation-due').fill(await localDayAhead(dash, 5));
      await row.getByRole('button', { name: 'Add obligation' }).click();
      const obligationTask = dash.getByTestId('dossier-open-task').filter({ hasText: `Pilot report ${number}` });
      await expect(obligationTask).toHaveCount(1);
      const tick = row.getByRole('checkbox', { name: `Fulfilled: Pilot report ${number}` });
      await tick.click();
      await expect(tick).toBeChecked();
      await expect(obligationTask).toHaveCount(0);
      await expect(dash.getByTestId('dossier-done-task').filter({ hasText: `Pilot report ${number}` })).toHaveCount(1);

      // The panel beside Anna's email shows the renewal among the contract dates.
      await routeFixture(ext.context, GMAIL, 'test/fixtures/gmail/2026-11-thread.html');
      const mail = await ext.context.newPage();
      await mail.goto('https://mail.google.com/mail/u/0/#inbox/FMfcgzQbdemo');
      const panel = panelOf(mail);
      const acme = panel.locator('article').filter({ has: panel.getByTestId('dossier-name').getByText('Acme Logistics') });
      await expect(acme.getByTestId('contract-alert').filter({ hasText: number })).toContainText('Renewal in 60 days');
      // The demo contract's obligation of ours, due in three days, is named with its weekday.
      await expect(acme.getByTestId('contract-alert').filter({ hasText: 'Delivery schedule for Q1' })).toHaveText(
        /^We owe: Delivery schedule for Q1 by (Mon|Tue|Wed|Thu|Fri|Sat|Sun)/,
      );
      await mail.close();

      // An account review's preparation names the renewal date.
      await dash.goto(`${dashboard}#/account/demo-acme`);
      meetingId = await scheduleNew(dash, { type: 'builtin:account-review', minutesAhead: 3 * 24 * 60 });
      await dash.goto(`${dashboard}#/meeting/${encodeURIComponent(meetingId)}`);
      const prompt = dash.getByTestId('prep-prompt').filter({ hasText: number });
      await expect(prompt.first()).toHaveText(new RegExp(`^Contract ${number} \\(Cold-chain pilot\\) renews on .+, in 60 days$`));
      await expect(prompt.first()).toHaveAttribute('data-kind', 'contract-date');
    } finally {
      if (meetingId) await removeMeeting(dash, dashboard, meetingId);
      // Deleting the contract takes its open follow-up along; Undo brings both back; delete again.
      await dash.goto(`${dashboard}#/account/demo-acme`);
      const row = dash.getByTestId('contracts').getByTestId('contract').filter({ hasText: number });
      if ((await row.count()) > 0) {
        await row.getByTestId('delete-contract').click();
        await expect(row).toHaveCount(0);
        await expect(dash.getByTestId('dossier-open-task').filter({ hasText: number })).toHaveCount(0);
        await dash.getByTestId('undo').click();
        await expect(row).toHaveCount(1);
        await expect(dash.getByTestId('dossier-open-task').filter({ hasText: number })).toHaveCount(1);
        await row.getByTestId('delete-contract').click();
        await expect(row).toHaveCount(0);
        await expect(dash.getByTestId('dossier-open-task').filter({ hasText: number })).toHaveCount(0);
        // The ticked obligation's follow-up stays as a kept promise; remove it so Acme's lists stay as they were.
        const done = dash.getByTestId('dossier-done-task').filter({ hasText: number });
        await dash.getByTestId('follow-ups').locator('summary').click();
        for (let i = await done.count(); i > 0; i--) await done.first().getByRole('button').last().click();
        await expect(done).toHaveCount(0);
      }
      await dash.close();
    }
  });
});
