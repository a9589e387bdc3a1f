import type { Page } from '@playwright/test';
import { openCaptureOnNews, test as capTest } from './capture-helpers';
import { expect, test } from './extension';
import { ensureDemoData } from './panel-helpers';

// Issue 14: every main flow works by keyboard alone. This test never clicks or fills: it only
// presses keys and types, as a keyboard user would, and checks that focus can be seen.

/** The focused element's test id, or its tag and text when it has none. */
function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return 'body';
    return el.getAttribute('data-testid') ?? `${el.tagName.toLowerCase()}:${el.textContent.trim().slice(0, 40)}`;
  });
}

/** Presses Tab (or Shift+Tab) until the focused element matches `selector`; fails after `max` presses. */
async function tabTo(page: Page, selector: string, { back = false, max = 120 } = {}) {
  for (let i = 0; i < max; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Tab never reached ${selector} (last focus: ${await focused(page)})`);
}

/** The focused element draws a visible focus ring (base.css :focus-visible), not the browser's none. */
async function expectFocusVisible(page: Page) {
  const ring = await page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const style = getComputedStyle(el);
    return { visible: el.matches(':focus-visible'), style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
  });
  expect(ring.visible).toBe(true);
  expect(ring.style).not.toBe('none');
  expect(ring.width).toBeGreaterThanOrEqual(2);
}

test('keyboard only: search, open a dossier, add a follow-up, tick a preparation item', async ({ ext }) => {
  await ensureDemoData(ext.context, ext.url('dashboard.html'));
  const page = await ext.context.newPage();
  await page.goto(`${ext.url('dashboard.html')}#/accounts`);
  await expect(page.getByText('Acme Logistics').first()).toBeVisible();

  // "/" opens the search from anywhere on the dashboard; typing lists hits; Enter opens the first.
  await page.keyboard.press('/');
  expect(await focused(page)).toBe('global-search');
  await page.keyboard.type('Acme Logistics');
  const firstHit = page.getByTestId('global-search-results').getByRole('option').first();
  await expect(firstHit).toContainText('Acme Logistics');
  await expect(firstHit).toHaveAttribute('aria-selected', 'true');
  // The list's own option is reachable by Tab without the list closing under the user.
  await page.keyboard.press('Tab');
  expect(await focused(page)).toBe('search-across-scripts');
  await expect(page.getByTestId('global-search-results')).toBeVisible();
  await page.keyboard.press('Shift+Tab');
  expect(await focused(page)).toBe('global-search');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/account\/demo-acme$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Acme Logistics');

  // Add a follow-up: Tab to the card's add button, Enter, type, Enter saves.
  const title = `Keyboard follow-up ${Date.now()}`;
  await tabTo(page, '[data-testid="add-task"]');
  await expectFocusVisible(page);
  await page.keyboard.press('Enter');
  expect(await focused(page)).toBe('follow-up-title');
  await expectFocusVisible(page);
  await page.keyboard.type(title);
  await page.keyboard.press('Enter');
  const added = page.getByTestId('dossier-open-task').filter({ hasText: title });
  await expect(added).toHaveCount(1);
  // The form is gone: focus returned to the button that opened it.
  await expect.poll(() => focused(page)).toBe('add-task');

  // Escape cancels a new form and also gives focus back.
  await page.keyboard.press('Enter');
  expect(await focused(page)).toBe('follow-up-title');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('follow-up-form')).toHaveCount(0);
  await expect.poll(() => focused(page)).toBe('add-task');

  // Tidy the shared profile by keyboard too: Tab to the new task's delete button, Enter.
  await tabTo(page, `button[aria-label$=${JSON.stringify(title)}]`);
  await page.keyboard.press('Enter');
  await expect(added).toHaveCount(0);

  // A meeting's preparation: Tab to the upcoming meeting, Enter, Tab to a checklist box, Space.
  await tabTo(page, 'a[href="#/meeting/demo-m1"]');
  await expectFocusVisible(page);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/meeting\/demo-m1$/);
  const items = page.getByTestId('checklist-item');
  await expect(items.first()).toBeVisible();
  const total = await items.count();
  const progress = page.getByTestId('prep-progress');
  const before = Number(/(\d+)/.exec((await progress.textContent()) ?? '')?.[1]);
  await tabTo(page, '[data-testid="checklist-tick"]');
  await expectFocusVisible(page);
  const tick = page.getByTestId('checklist-tick').first();
  const wasChecked = await tick.isChecked();
  await page.keyboard.press('Space');
  await expect(tick).toBeChecked({ checked: !wasChecked });
  await expect(progress).toHaveText(`Prepared: ${before + (wasChecked ? -1 : 1)} of ${total}`);
  // Space again restores the demo meeting for the specs that share this profile.
  await page.keyboard.press('Space');
  await expect(tick).toBeChecked({ checked: wasChecked });
  await page.close();
});

capTest(
  'keyboard only: the capture dialog starts on the proposed dossier; Ctrl+Enter from the comment saves',
  async ({ cap }) => {
    const { page, dialog } = await openCaptureOnNews(cap);
    const first = dialog.getByTestId('capture-account').first();
    await expect(first).toContainText('Acme Logistics');
    // Focus starts inside the dialog, on the proposed dossier's choice, and shows.
    await expect
      .poll(() => dialog.evaluate(() => document.activeElement?.closest('[data-testid]')?.getAttribute('data-testid')))
      .toBe('capture-account');
    await expectFocusVisible(dialog);
    const comment = `Keyboard capture ${Date.now()}`;
    await tabTo(dialog, '[data-testid="capture-comment"]');
    await expectFocusVisible(dialog);
    await dialog.keyboard.type(comment);
    const closed = dialog.waitForEvent('close');
    await dialog.keyboard.press('Control+Enter');
    await expect(dialog.getByTestId('capture-saved')).toContainText('Acme Logistics');
    await closed;

    const dash = await cap.context.newPage();
    await dash.goto(`${cap.url('dashboard.html')}#/account/demo-acme`);
    await expect(dash.getByTestId('history-entry').filter({ hasText: comment })).toHaveCount(1);
    await dash.close();
    await page.close();
  },
);
