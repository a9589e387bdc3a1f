import { expect, test } from './extension';
import { badgeText, localSlot, removeFollowUp, scheduleFromDossier, serviceWorker } from './meetings-helpers';
import { ensureDemoData } from './panel-helpers';

test.describe('the week, follow-ups, templates and bad input', () => {
  test('a follow-up from the week view moves the badge; done and undo move it back', async ({ ext }) => {
    await ensureDemoData(ext.context, ext.url('dashboard.html'));
    const worker = await serviceWorker(ext.context);
    const page = await ext.context.newPage();
    await page.goto(`${ext.url('dashboard.html')}#/week`);
    await expect(page.getByTestId('today')).toBeVisible();
    await expect.poll(() => badgeText(worker)).not.toBe('');
    const before = Number(await badgeText(worker));

    await page.getByTestId('week-add-follow-up').click();
    const form = page.getByTestId('follow-up-form');
    await form.getByTestId('follow-up-title').fill('Ask Mikko for a referral');
    await form.getByTestId('follow-up-save').click();
    await expect(form.getByRole('alert')).toHaveText('Choose the account this follow-up belongs to.');
    await form.getByTestId('follow-up-account').selectOption({ label: 'Pohjoinen Oy' });
    await form.getByTestId('follow-up-save').click();
    const row = page.getByTestId('today').getByTestId('plan-follow-up').filter({ hasText: 'Ask Mikko for a referral' });
    await expect(row).toContainText('Pohjoinen Oy');
    await expect.poll(() => badgeText(worker)).toBe(String(before + 1));

    await row.getByTestId('task-done').click();
    await expect(row).toHaveCount(0);
    await expect.poll(() => badgeText(worker)).toBe(String(before));
    await page.getByTestId('undo').click();
    await expect(row).toHaveCount(1);
    await expect.poll(() => badgeText(worker)).toBe(String(before + 1));

    // Snoozed: out of Today and the badge until the snooze ends.
    await row.getByTestId('task-snooze').selectOption('tomorrow');
    await expect(row).toHaveCount(0);
    await expect.poll(() => badgeText(worker)).toBe(String(before));
    await removeFollowUp(page, ext.url('dashboard.html'), 'demo-pohjoinen', 'Ask Mikko for a referral');
    await page.close();
  });

  test('a meeting in the past asks first; an empty checklist cannot be saved', async ({ ext }) => {
    await ensureDemoData(ext.context, ext.url('dashboard.html'));
    const page = await ext.context.newPage();
    await page.goto(`${ext.url('dashboard.html')}#/account/demo-pohjoinen`);
    const form = await scheduleFromDossier(page, {
      type: 'builtin:account-review',
      minutesAhead: -120,
      attendee: 'Mikko Virtanen',
    });
    await expect(form.getByTestId('meeting-past-warning')).toBeVisible();
    await expect(page.getByTestId('past-meeting')).toHaveCount(0);
    await form.getByTestId('meeting-save-past').click();
    await page.getByTestId('meetings').getByText(/^Past/).click();
    const past = page.getByTestId('past-meeting');
    await expect(past).toContainText('outcome not recorded');
    await past.getByRole('link').click();
    // A past meeting opens straight on the outcome form.
    await expect(page.getByTestId('outcome-form')).toBeVisible();
    await page.getByTestId('meeting-delete').click();
    await expect(page.getByTestId('undo-toast')).toBeVisible();

    await page.goto(`${ext.url('dashboard.html')}#/templates`);
    await page.getByTestId('template-add').click();
    const editor = page.getByTestId('template-form');
    await editor.getByTestId('template-name').fill('Site visit');
    await editor.getByTestId('template-save').click();
    await expect(editor.getByTestId('template-errors')).toContainText('A checklist needs at least one item');
    await editor.getByTestId('template-item-text').fill('Bring samples of the new pallets');
    await editor.getByTestId('template-save').click();
    const own = page.getByTestId('template').filter({ hasText: 'Site visit' });
    await expect(own).toContainText('1 item ·');
    await own.getByRole('button', { name: 'Move up: Site visit' }).click();
    await expect(page.getByTestId('template-title').nth(-2)).toHaveText('Site visit');

    // The new type is offered when scheduling.
    await page.goto(`${ext.url('dashboard.html')}#/account/demo-pohjoinen`);
    await page.getByTestId('schedule-meeting').click();
    await expect(page.getByTestId('meeting-type').locator('option', { hasText: 'Site visit' })).toHaveCount(1);
    await page.goto(`${ext.url('dashboard.html')}#/templates`);
    await page.getByTestId('template').filter({ hasText: 'Site visit' }).getByTestId('template-delete').click();
    await expect(page.getByTestId('template').filter({ hasText: 'Site visit' })).toHaveCount(0);
    await page.close();
  });

  test("a deleted account's open follow-ups wait until reassigned or deleted", async ({ ext }) => {
    await ensureDemoData(ext.context, ext.url('dashboard.html'));
    const page = await ext.context.newPage();
    await page.goto(`${ext.url('dashboard.html')}#/accounts`);
    await page.getByTestId('new-account').click();
    await expect(page.getByTestId('dossier-title')).toBeVisible();
    await page.getByTestId('add-task').click();
    await page.getByTestId('follow-up-title').fill('Return the signed NDA');
    const slot = await localSlot(page, 24 * 60);
    await page.getByTestId('follow-up-remind').fill(`${slot.day}T${slot.time}`);
    await page.getByTestId('follow-up-save').click();
    await expect(page.getByTestId('dossier-open-task')).toContainText('Return the signed NDA');
    await page.getByTestId('delete-account').click();
    await expect(page.getByTestId('undo-toast')).toContainText('Open follow-ups are kept');

    await page.goto(`${ext.url('dashboard.html')}#/week`);
    const orphan = page.getByTestId('orphan-task').filter({ hasText: 'Return the signed NDA' });
    await expect(orphan).toContainText('account deleted');
    await orphan.getByTestId('orphan-reassign').selectOption({ label: 'Pohjoinen Oy' });
    await expect(orphan).toHaveCount(0);
    await page.goto(`${ext.url('dashboard.html')}#/account/demo-pohjoinen`);
    await expect(page.getByTestId('dossier-open-task').filter({ hasText: 'Return the signed NDA' })).toHaveCount(1);
    await removeFollowUp(page, ext.url('dashboard.html'), 'demo-pohjoinen', 'Return the signed NDA');
    await page.close();
  });
});
