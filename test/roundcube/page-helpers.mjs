// Driving Roundcube's UI in Playwright as a person would: the login form, a click on a row
// (preview pane), a double-click (full view).
import { seededMessages } from './seed-messages.mjs';

/**
 * Log in through Roundcube's real login form and wait for the message list.
 * @param {import('@playwright/test').Page} page
 * @param {{ url: string, user: string, password: string }} rc
 */
export async function login(page, rc, { timeout = 30000 } = {}) {
  await page.goto(rc.url);
  const row = page.locator('#messagelist tbody tr.message').first();
  // A second page in the same browser shares the session cookie: already logged in.
  await Promise.race([row.waitFor({ state: 'visible', timeout }), page.locator('#rcmloginuser').waitFor({ timeout })]);
  if (await row.isVisible()) return;
  await page.locator('#rcmloginuser').fill(rc.user);
  await page.locator('#rcmloginpwd').fill(rc.password);
  await page.locator('#rcmloginsubmit').click();
  const error = page.locator('#messagestack .error, #messagestack .warning, .boxerror');
  await Promise.race([
    row.waitFor({ state: 'visible', timeout }),
    error
      .first()
      .waitFor({ state: 'visible', timeout })
      .then(async () => {
        throw new Error(`Roundcube login failed: ${(await error.first().textContent())?.trim()}`);
      }),
  ]);
}

function rowBySubject(page, subject) {
  const exact = new RegExp(`^\\s*${subject.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`);
  return page.locator('#messagelist tbody tr.message').filter({ has: page.locator('span.subject a', { hasText: exact }) });
}

function uidOf(subject) {
  const m = seededMessages.find((x) => x.subject === subject);
  if (!m) throw new Error(`no seeded message with subject ${JSON.stringify(subject)}`);
  return m.uid;
}

/**
 * Click a seeded message's row (exact subject) in the list and wait until the preview pane
 * (iframe#messagecontframe) has loaded that message. Returns the preview's Playwright Frame.
 * @param {import('@playwright/test').Page} page
 * @param {string} subject
 */
export async function openPreview(page, subject, { timeout = 20000 } = {}) {
  const uid = String(uidOf(subject));
  await rowBySubject(page, subject).click();
  await page.waitForFunction(
    (uid) => {
      const f = document.getElementById('messagecontframe');
      const d = f?.contentDocument;
      return (
        !!d &&
        d.readyState === 'complete' &&
        !!d.body?.classList.contains('action-preview') &&
        new URLSearchParams(f.contentWindow.location.search).get('_uid') === uid
      );
    },
    uid,
    { timeout },
  );
  return page.frame({ name: 'messagecontframe' });
}

/**
 * Open a seeded message in the full view (double-click on its row, as a person would) and wait
 * for body.action-show. The page itself navigates; returns the page.
 * @param {import('@playwright/test').Page} page
 * @param {string} subject
 */
export async function openMessage(page, subject, { timeout = 20000 } = {}) {
  const uid = String(uidOf(subject));
  await rowBySubject(page, subject).dblclick();
  await page.waitForURL((u) => u.searchParams.get('_action') === 'show' && u.searchParams.get('_uid') === uid, { timeout });
  await page.locator('body.action-show #messagebody').waitFor({ timeout });
  return page;
}
