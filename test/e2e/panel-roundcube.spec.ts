import { login, openMessage, openPreview, startRoundcube, type RoundcubeInstance } from '@/test/roundcube/harness.mjs';
import { expect, test } from './extension';
import { ensureDemoData, panelOf, registeredMatches } from './panel-helpers';

// A REAL Roundcube 1.6 + Dovecot from Debian's packages on loopback (test/roundcube), with
// seeded mail from known, unknown and freemail senders; the e2e build runs on 127.0.0.1.
// Unset when startRoundcube() failed: afterAll must not throw over the real error.
let rc: RoundcubeInstance | undefined;
test.beforeAll(async () => {
  rc = await startRoundcube();
});
test.afterAll(async () => {
  await rc?.stop();
});

test.describe('panel on a real Roundcube', () => {
  test("the preview pane shows each sender's dossier and follows message switches without reload", async ({ ext }) => {
    await ensureDemoData(ext.context, ext.url('dashboard.html'));
    const page = await ext.context.newPage();
    await login(page, rc!);
    const panel = panelOf(page);
    let reloads = 0;
    page.on('load', () => reloads++);

    await openPreview(page, 'Q4 delivery schedule');
    await expect(panel.getByTestId('dossier-name').first()).toHaveText('Acme Logistics');
    await expect(panel.getByTestId('contact-name').first()).toHaveText(/Anna Petrova/);
    await expect(panel.getByTestId('open-task').first()).toBeVisible();
    // The README's picture of the panel beside a real Roundcube message, kept current by this test.
    await page.screenshot({ path: 'test/e2e/screenshots/roundcube-panel.png' });

    await openPreview(page, 'Коммерческое предложение');
    await expect(panel.getByTestId('dossier-name').first()).toHaveText('ООО «Северный Ветер»');
    await expect(panel.getByTestId('contact-name').first()).toHaveText('Мария Иванова');

    await openPreview(page, 'Complaint: damaged pallets / პრეტენზია');
    await expect(panel.getByTestId('dossier-name').first()).toContainText('თბილისის ღვინის სახლი');
    await expect(panel.getByTestId('open-complaint')).toHaveCount(1);

    await openPreview(page, 'Introduction');
    await expect(panel.getByTestId('no-match')).toBeVisible();
    await expect(panel.getByTestId('new-company')).toHaveValue('Unknown Co Ltd');
    await expect(panel.getByTestId('new-person')).toHaveValue('New Person');

    await openPreview(page, 'Hello');
    await expect(panel.getByTestId('no-match')).toBeVisible();
    expect(reloads).toBe(0);
    await page.close();
  });

  test('the full message view and an HTML message from a second person of the account', async ({ ext }) => {
    await ensureDemoData(ext.context, ext.url('dashboard.html'));
    const page = await ext.context.newPage();
    await login(page, rc!);
    await openMessage(page, 'Re: Q4 delivery schedule');
    const panel = panelOf(page);
    await expect(panel.getByTestId('dossier-name').first()).toHaveText('Acme Logistics');
    await expect(panel.getByTestId('contact-name').first()).toHaveText(/Igor Smirnov/);
    await page.close();
  });

  test('an unknown sender becomes a dossier from the panel, prefilled from the email', async ({ ext }) => {
    await ensureDemoData(ext.context, ext.url('dashboard.html'));
    const page = await ext.context.newPage();
    await login(page, rc!);
    await openPreview(page, 'Introduction');
    const panel = panelOf(page);
    await panel.getByTestId('create-dossier').click();
    await expect(panel.getByTestId('dossier-name')).toHaveText('Unknown Co Ltd');
    await expect(panel.getByTestId('contact-name')).toHaveText('New Person');
    await page.close();
  });

  test('adding the webmail in Settings registers Keyside there; the page still gets one panel', async ({ ext }) => {
    await ensureDemoData(ext.context, ext.url('dashboard.html'));
    const dash = await ext.context.newPage();
    await dash.goto(`${ext.url('dashboard.html')}#/settings`);
    const card = dash.getByTestId('webmail-hosts');
    await card.getByRole('textbox').fill(rc!.origin);
    await card.getByRole('button', { name: /Add|Добавить/ }).click();
    await expect(card.locator('code')).toHaveText(rc!.origin);
    // The background registered the any-host script for it once the browser granted the host.
    await expect.poll(() => registeredMatches(ext.context)).toContain('http://127.0.0.1/*');
    const page = await ext.context.newPage();
    await login(page, rc!);
    await openPreview(page, 'Q4 delivery schedule');
    await expect(panelOf(page).getByTestId('dossier-name').first()).toHaveText('Acme Logistics');
    await expect(page.locator('keyside-panel')).toHaveCount(1);
    await page.close();
    await dash.close();
  });
});
