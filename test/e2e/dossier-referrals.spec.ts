import type { Page } from '@playwright/test';
import { fixture, grantActiveTab, serve, test as captureTest, triggerCapture } from './capture-helpers';
import { expect, test } from './extension';

/**
 * Issue 17, item 5: who referred a client and whom they referred — one record seen from both
 * dossiers — and the events (fairs, exhibitions) a client attended, in the history. The spec
 * creates its own two accounts with unique names and deletes them at the end.
 */
async function createAccount(page: Page, dashboard: string, name: string): Promise<string> {
  await page.goto(`${dashboard}#/accounts`);
  await page.getByTestId('new-account').click();
  await expect(page.getByTestId('dossier-title')).toBeVisible();
  await page.getByTestId('identity-edit').click();
  await page.getByTestId('identity').locator('#f-name').fill(name);
  await page.getByTestId('identity').getByRole('button', { name: 'Save' }).click();
  await expect(page.getByTestId('dossier-title')).toHaveText(name);
  return decodeURIComponent(new URL(page.url()).hash.replace('#/account/', ''));
}

test.describe('dossier referrals and events', () => {
  test('a referral shows in both dossiers; an event entry shows its details', async ({ ext }) => {
    const dashboard = ext.url('dashboard.html');
    const page = await ext.context.newPage();
    const stamp = Date.now().toString(36);
    const referrerName = `Ref Source ${stamp}`;
    const referredName = `Ref Client ${stamp}`;
    const referrerId = await createAccount(page, dashboard, referrerName);
    const referredId = await createAccount(page, dashboard, referredName);

    // On the referred client: "Referred by" the other dossier, picked by keyboard from the suggestions.
    await page.getByTestId('referral-add-by').click();
    const who = page.getByTestId('referral-who');
    await who.fill(`source ${stamp}`);
    await expect(page.getByTestId('picker-option')).toHaveText([referrerName]);
    await who.press('ArrowDown');
    await who.press('Enter');
    await expect(who).toHaveValue(referrerName);
    await page.getByTestId('referral-on').fill('2026-03-15');
    await page.getByTestId('referral-save').click();
    await expect(page.getByTestId('referrals-by').getByTestId('referral')).toContainText(referrerName);
    const history = page.getByTestId('history');
    await expect(history.getByTestId('history-referral')).toHaveText(new RegExp(`Referred by ${referrerName}`));

    // Someone without a dossier: the typed name is kept as it is.
    await page.getByTestId('referral-add-to').click();
    await page.getByTestId('referral-who').fill(`Jussi Virtanen ${stamp}`);
    await page.getByTestId('referral-save').click();
    const nameOnly = page.getByTestId('referrals-to').getByTestId('referral');
    await expect(nameOnly).toContainText(`Jussi Virtanen ${stamp}`);
    await expect(nameOnly).toContainText('no dossier');
    await expect(history.getByTestId('history-referral').filter({ hasText: 'Jussi' })).toHaveText(
      new RegExp(`Referred Jussi Virtanen ${stamp} to us`),
    );

    // The referrer's dossier shows the same record from its side.
    await page.goto(`${dashboard}#/account/${encodeURIComponent(referrerId)}`);
    await expect(page.getByTestId('dossier-title')).toHaveText(referrerName);
    await expect(page.getByTestId('referrals-to').getByTestId('referral')).toContainText(referredName);
    await expect(page.getByTestId('history').getByTestId('history-referral')).toHaveText(
      new RegExp(`Referred ${referredName} to us`),
    );

    // Delete, then Undo: gone from the history, then back.
    await page.getByTestId('referrals-to').getByTestId('referral-delete').click();
    await expect(page.getByTestId('history').getByTestId('history-referral')).toHaveCount(0);
    await expect(page.getByTestId('referrals-to')).toContainText('This client has not referred anyone yet.');
    await page.getByTestId('undo').click();
    await expect(page.getByTestId('history').getByTestId('history-referral')).toContainText(referredName);

    // A fair the referred client attended, added in the history with its details.
    await page.goto(`${dashboard}#/account/${encodeURIComponent(referredId)}`);
    await expect(page.getByTestId('dossier-title')).toHaveText(referredName);
    await history.getByTestId('add-note').click();
    const form = history.getByTestId('history-entry-form');
    await expect(form.locator('#f-eventName')).toHaveCount(0);
    await form.locator('#f-kind').selectOption('event');
    await form.locator('#f-eventType').selectOption('fair');
    await form.locator('#f-eventName').fill(`Kotka Fair ${stamp}`);
    await form.locator('#f-attendance').selectOption('attended');
    await form.locator('#f-summary').fill('Visited our stand with two buyers.');
    await form.getByRole('button', { name: 'Save' }).click();
    const event = history.getByTestId('history-entry').filter({ hasText: 'Visited our stand' });
    await expect(event.getByTestId('history-event')).toHaveText(`Fair · Kotka Fair ${stamp} · attended`);

    // Events only: the fair stays, the referral steps aside.
    await history.getByTestId('history-events-only').check();
    await expect(history.getByTestId('history-referral')).toHaveCount(0);
    await expect(history.getByTestId('history-entry')).toHaveCount(1);
    await expect(history.getByTestId('history-event')).toContainText('Kotka Fair');

    // Clean up: deleting the accounts takes their history and referrals along.
    await page.getByTestId('delete-account').click();
    await expect(page.getByTestId('undo-toast')).toBeVisible();
    await page.goto(`${dashboard}#/account/${encodeURIComponent(referrerId)}`);
    await expect(page.getByTestId('dossier-title')).toHaveText(referrerName);
    await expect(page.getByTestId('referrals-to')).toContainText('This client has not referred anyone yet.');
    await page.getByTestId('delete-account').click();
    await expect(page.getByTestId('undo-toast')).toBeVisible();
    await page.close();
  });
});

captureTest.describe('capture as an event', () => {
  captureTest('a page captured as an event files an event entry with its details into the dossier', async ({ cap }) => {
    await serve(cap.context, 'https://news.acme-logistics.example/**', fixture('acme-news.html'));
    const page = await cap.context.newPage();
    await page.goto('https://news.acme-logistics.example/2026/11/expo');
    await grantActiveTab(cap, page);
    const dialog = await triggerCapture(cap, page, { command: 'capture-selection' });
    await expect(dialog.getByTestId('capture-account').first()).toContainText('Acme Logistics');
    await expect(dialog.getByTestId('capture-event-name')).toHaveCount(0);
    await dialog.getByTestId('capture-kind-event').check();
    await dialog.getByTestId('capture-event-type').selectOption('exhibition');
    const name = `Port Days ${Date.now().toString(36)}`;
    await dialog.getByTestId('capture-event-name').fill(name);
    await dialog.getByTestId('capture-event-attendance').selectOption('invited');
    await dialog.getByTestId('capture-comment').fill('Invitation to the port exhibition');
    await dialog.getByTestId('capture-save').click();
    await expect(dialog.getByTestId('capture-saved')).toBeVisible();

    const dash = await cap.context.newPage();
    await dash.goto(`${cap.url('dashboard.html')}#/account/demo-acme`);
    const entry = dash.getByTestId('history-entry').filter({ hasText: 'Invitation to the port exhibition' });
    await expect(entry.getByTestId('history-event')).toHaveText(`Exhibition · ${name} · invited`);
    await expect(entry.locator('.kind')).toHaveText('Event');
    // Clean up the entry this test made.
    await entry.getByRole('button', { name: /^Delete:/ }).click();
    await expect(entry).toHaveCount(0);
    await dash.close();
    await page.close();
  });
});
