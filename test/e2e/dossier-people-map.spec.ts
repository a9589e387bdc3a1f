import { expect, launchWithExtension, test } from './extension';
import { scheduleNew } from './meetings-helpers';
import { ensureDemoData, panelOf, routeFixture } from './panel-helpers';

/**
 * Issue 17, the people map: three people of a new account, related in the dossier's editor, show
 * as a map of three boxes and two arrows (and as a table), and the negotiation's preparation
 * shows the same map. The spec makes its own account with unique names and deletes it at the end.
 */
test.describe('dossier people map', () => {
  test('three related people on the map, in the table and in the negotiation preparation', async ({ ext }) => {
    const tag = Date.now().toString(36);
    const boss = `Paula Boss ${tag}`;
    const report = `Rami Report ${tag}`;
    const sway = `Sara Sway ${tag}`;
    const page = await ext.context.newPage();
    await page.goto(`${ext.url('dashboard.html')}#/accounts`);
    await page.getByTestId('new-account').click();
    await expect(page.getByTestId('dossier-title')).toBeVisible();
    const accountHash = new URL(page.url()).hash;

    const map = page.getByTestId('people-map-card');
    await expect(map).toContainText('Add at least two people');
    for (const [name, stance] of [
      [boss, 'neutral'],
      [report, 'ally'],
      [sway, 'opponent'],
    ] as const) {
      await page.getByTestId('add-person').click();
      const form = page.getByTestId('person-form');
      await form.locator('#f-name').fill(name);
      await form.locator('#f-stance').selectOption(stance);
      if (name === boss) await form.locator('#f-role').selectOption('decision-maker');
      await form.getByRole('button', { name: 'Save' }).click();
      await expect(form).toHaveCount(0);
    }
    await expect(page.getByTestId('person').filter({ hasText: sway })).toContainText('✗ Opponent');
    await expect(map.getByTestId('people-map-empty')).toBeVisible();

    // Two relations through the editor; a self-relation is refused with a reason.
    const add = async (from: string, kind: string, to: string) => {
      await map.getByTestId('relation-from').selectOption({ label: from });
      await map.getByTestId('relation-kind').selectOption(kind);
      await map.getByTestId('relation-to').selectOption({ label: to });
      await map.getByTestId('relation-add').click();
    };
    await add(report, 'reports-to', report);
    await expect(map.getByRole('alert')).toHaveText('A person cannot be related to themselves.');
    await add(report, 'reports-to', boss);
    await expect(map.getByTestId('map-edge')).toHaveCount(1);
    await add(sway, 'influences', boss);

    // The map: three boxes with the names, a solid and a dashed arrow, described for screen readers.
    const nodes = map.getByTestId('map-node');
    await expect(nodes).toHaveCount(3);
    for (const name of [boss, report, sway]) await expect(nodes.filter({ hasText: name })).toHaveCount(1);
    await expect(map.getByTestId('map-edge')).toHaveCount(2);
    await expect(map.locator('[data-testid="map-edge"][data-kind="reports-to"]')).toHaveCount(1);
    await expect(map.locator('[data-testid="map-edge"][data-kind="influences"]')).toHaveCount(1);
    await expect(map.getByRole('img', { name: /Decision map of New account/ })).toBeVisible();
    await expect(nodes.filter({ hasText: sway })).toContainText('✗ Opponent');
    // The boss sits above the two who report to or sway her.
    const top = async (name: string) => (await nodes.filter({ hasText: name }).boundingBox())!.y;
    expect(await top(boss)).toBeLessThan(await top(report));
    expect(await top(boss)).toBeLessThan(await top(sway));

    // A box is a button: Enter on it brings up that person in the people card.
    await map.getByRole('button', { name: new RegExp(`^${report},`) }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('person').filter({ hasText: report })).toBeFocused();

    // The table view lists the same two relations; deleting one offers Undo.
    await map.getByTestId('people-map-view-table').click();
    const rows = map.getByTestId('relation-row');
    await expect(rows).toHaveCount(2);
    await expect(rows.filter({ hasText: report })).toContainText(`${report} ✓ Allyreports to${boss}`);
    await expect(rows.filter({ hasText: sway })).toContainText('influences');
    await rows.filter({ hasText: sway }).getByTestId('relation-delete').click();
    await expect(rows).toHaveCount(1);
    await page.getByTestId('undo').click();
    await expect(rows).toHaveCount(2);

    // Deleting a person takes their relation off the map; Undo puts both back.
    await map.getByTestId('people-map-view-map').click();
    await page.getByTestId('person').filter({ hasText: sway }).getByTestId('delete-person').click();
    await expect(map.getByTestId('map-node')).toHaveCount(2);
    await expect(map.getByTestId('map-edge')).toHaveCount(1);
    await page.getByTestId('undo').click();
    await expect(map.getByTestId('map-node')).toHaveCount(3);
    await expect(map.getByTestId('map-edge')).toHaveCount(2);

    // A negotiation's preparation shows the map and names the opponent.
    const meetingId = await scheduleNew(page, { type: 'builtin:negotiation', minutesAhead: 24 * 60 });
    await page.goto(`${ext.url('dashboard.html')}#/meeting/${encodeURIComponent(meetingId)}`);
    const prep = page.getByTestId('prep-people-map');
    await expect(prep.getByTestId('map-node')).toHaveCount(3);
    await expect(prep.getByTestId('map-edge')).toHaveCount(2);
    await expect(
      page.getByTestId('prep-prompt').filter({ hasText: `Opponent of our offer: ${sway} — influences ${boss} (Decision maker)` }),
    ).toHaveCount(1);
    await page.screenshot({ path: test.info().outputPath('prep.png'), fullPage: true });

    // Clean up: the account goes, with its people, relations and meeting.
    await page.goto(`${ext.url('dashboard.html')}${accountHash}`);
    await page.getByTestId('delete-account').click();
    await expect(page.getByTestId('undo-toast')).toBeVisible();
    await page.close();
  });

  test("the panel's preparation of demo Acme's negotiation shows its decision map", async () => {
    // A profile of its own: other specs schedule meetings for demo Acme (calendar.spec.ts), and
    // one earlier than the demo negotiation would rightly take the panel's "next meeting".
    const ext = await launchWithExtension({ profilePrefix: 'keyside-people-map-' });
    try {
      await ensureDemoData(ext.context, ext.url('dashboard.html'));
      await routeFixture(ext.context, 'https://mail.google.com/**', 'test/fixtures/gmail/2026-11-thread.html');
      const page = await ext.context.newPage();
      await page.goto('https://mail.google.com/mail/u/0/#inbox/FMfcgzQbdemo');
      const panel = panelOf(page);
      const map = panel.getByTestId('prep-people-map');
      const nodes = map.getByTestId('map-node');
      for (const name of ['Anna Petrova', 'Igor Smirnov', 'Elena Korhonen'])
        await expect(nodes.filter({ hasText: name })).toHaveCount(1);
      await expect(map.locator('[data-testid="map-edge"][data-kind="reports-to"]')).toHaveCount(1);
      await expect(map.locator('[data-testid="map-edge"][data-kind="influences"]')).toHaveCount(2);
      await expect(
        panel
          .getByTestId('prep-prompt')
          .filter({ hasText: 'Opponent of our offer: Elena Korhonen (Gatekeeper) — influences Anna Petrova (Decision maker)' }),
      ).toHaveCount(1);
      await page.screenshot({ path: test.info().outputPath('panel.png') });
    } finally {
      await ext.close();
    }
  });
});
