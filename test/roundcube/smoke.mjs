// Smoke check of the real-Roundcube harness: start it, log in with Chromium, open the first
// message in the preview pane, click another one, open the full view, print what the DOM holds
// and take screenshots (/tmp/rc-*.png). Exits non-zero when something is missing.
//
//   node test/roundcube/smoke.mjs                   # after: sudo bash test/roundcube/install.sh
//   node test/roundcube/smoke.mjs --save-fixtures   # also rewrites test/fixtures/roundcube/2026-11-real-*.html
//
// CHROMIUM_PATH overrides the browser (default: Debian's /usr/lib/chromium/chromium).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../e2e/launch.mjs';
import { login, openMessage, openPreview, seededMessages, startRoundcube } from './harness.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const fixtures = path.resolve(here, '../fixtures/roundcube');
const saveFixtures = process.argv.includes('--save-fixtures');

const failures = [];
function check(cond, what) {
  console.log(`${cond ? 'ok  ' : 'FAIL'} ${what}`);
  if (!cond) failures.push(what);
}

/** What an adapter would read from a Roundcube message document (preview frame or show page). */
async function readMessageDom(frame) {
  return frame.evaluate(() => {
    const q = (s) => document.querySelector(s);
    const attrs = (el) => (el ? Object.fromEntries([...el.attributes].map((a) => [a.name, a.value])) : null);
    const env = window.rcmail?.env ?? {};
    return {
      url: location.href,
      bodyClass: document.body.className,
      envAction: env.action,
      envUid: env.uid,
      envMailbox: env.mailbox,
      // h2.subject holds a hidden "Subject: " label and an "Open in new window" link too
      subject: q('#message-header h2.subject')
        ? [...q('#message-header h2.subject').childNodes]
            .filter((n) => n.nodeType === 3)
            .map((n) => n.textContent)
            .join('')
            .trim()
        : null,
      subjectHtml: q('#message-header h2.subject')?.outerHTML ?? null,
      from: [
        ...document.querySelectorAll(
          '#message-header .header .from a.rcmContactAddress, #message-header .header-from a.rcmContactAddress, #message-header a.rcmContactAddress',
        ),
      ]
        .slice(0, 1)
        .map((a) => ({ text: a.textContent.trim(), title: a.title, href: a.getAttribute('href'), attrs: attrs(a) })),
      contactLinks: [...document.querySelectorAll('a.rcmContactAddress')].map((a) => ({
        text: a.textContent.trim(),
        title: a.title,
        href: a.getAttribute('href'),
        inside: a.closest('[class*="header"], td, span.adr')?.className ?? null,
      })),
      date: q('#message-header .header span.date, #message-header .date')?.outerHTML ?? null,
      headerHtml: q('#message-header')?.outerHTML ?? null,
      bodyText: (q('#messagebody')?.innerText ?? '').slice(0, 200),
    };
  });
}

const rcStart = Date.now();
const rc = await startRoundcube();
console.log(`harness: ${rc.url} started in ${Date.now() - rcStart} ms (imap 127.0.0.1:${rc.imapPort})`);
let browser;
try {
  browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  page.on('pageerror', (e) => console.log('page error:', e.message));

  const t0 = Date.now();
  await login(page, rc);
  console.log(`login: ${Date.now() - t0} ms, url ${page.url()}`);
  const outerBody = await page.evaluate(() => document.body.className);
  console.log('list page body class:', outerBody);
  check(/\btask-mail\b/.test(outerBody) && /\baction-none\b/.test(outerBody), 'list page body has task-mail action-none');

  const rows = await page.locator('#messagelist tbody tr.message').evaluateAll((trs) =>
    trs.map((tr) => ({
      id: tr.id,
      class: tr.className,
      uid: window.rcmail?.message_list?.rows
        ? Object.keys(window.rcmail.message_list.rows).find((k) => window.rcmail.message_list.rows[k].obj === tr)
        : null,
      subject: tr.querySelector('td.subject .subject a, span.subject a')?.textContent.trim(),
      subjectHref: tr.querySelector('td.subject .subject a, span.subject a')?.getAttribute('href'),
      fromTitle: tr.querySelector('.fromto .adr span[title], span.adr span')?.getAttribute('title'),
      fromText: tr.querySelector('.fromto .adr span[title], span.adr span')?.textContent.trim(),
    })),
  );
  console.log('list rows:', JSON.stringify(rows, null, 1));
  check(rows.length === seededMessages.length, `list shows ${seededMessages.length} messages (got ${rows.length})`);
  await page.screenshot({ path: '/tmp/rc-list.png' });

  // --- preview pane: the first row
  const frameEl = page.locator('#messagecontframe');
  const previewNavs = [];
  page.on('framenavigated', (f) => {
    if (f.name() === 'messagecontframe') previewNavs.push(f.url());
  });
  await page.locator('#messagelist tbody tr.message').first().click();
  const pf = page.frameLocator('#messagecontframe');
  await pf.locator('body.action-preview #messagebody').waitFor({ timeout: 20000 });
  const frame = page.frame({ name: 'messagecontframe' });
  const preview = await readMessageDom(frame);
  console.log('preview:', JSON.stringify({ ...preview, headerHtml: undefined }, null, 1));
  check(
    /task-mail/.test(preview.bodyClass) && /action-preview/.test(preview.bodyClass),
    'preview frame body has task-mail action-preview',
  );
  const first = seededMessages[seededMessages.length - 1];
  check(
    preview.contactLinks.some((a) => a.title === first.fromEmail || a.href === `mailto:${first.fromEmail}`),
    `preview shows sender ${first.fromEmail} in a.rcmContactAddress`,
  );
  await page.screenshot({ path: '/tmp/rc-preview.png' });

  // --- click another message: does the iframe reload?
  await frameEl.evaluate((el) => {
    el.__keysideMark = 'same-element';
    el.contentWindow.__keysideMark = 'same-document';
  });
  const navsBefore = previewNavs.length;
  const anna = seededMessages[0];
  await openPreview(page, anna.subject);
  const marks = await frameEl.evaluate((el) => ({
    element: el.__keysideMark ?? null,
    document: el.contentWindow.__keysideMark ?? null,
    src: el.getAttribute('src'),
  }));
  const preview2 = await readMessageDom(page.frame({ name: 'messagecontframe' }));
  console.log(
    'after clicking another row:',
    JSON.stringify(
      { marks, navigations: previewNavs.slice(navsBefore), uid: preview2.envUid, subject: preview2.subject },
      null,
      1,
    ),
  );
  check(marks.element === 'same-element' && marks.document === null, 'the same <iframe> element got a new document');
  check(preview2.subject === anna.subject, `preview now shows "${anna.subject}"`);
  if (saveFixtures) {
    // the list page (outer document, its iframe's content not included) and the preview
    // frame's own document, both while Anna's "Q4 delivery schedule" is selected
    fs.mkdirSync(fixtures, { recursive: true });
    const norm = (html) => html.replaceAll(rc.origin, 'http://127.0.0.1:8000');
    fs.writeFileSync(path.join(fixtures, '2026-11-real-list.html'), norm(await page.content()));
    fs.writeFileSync(
      path.join(fixtures, '2026-11-real-preview.html'),
      norm(await page.frame({ name: 'messagecontframe' }).content()),
    );
  }

  // Russian and Georgian senders, decoded
  for (const m of seededMessages.filter((x) => /[\u0080-\uffff]/.test(x.fromName))) {
    await openPreview(page, m.subject);
    const d = await readMessageDom(page.frame({ name: 'messagecontframe' }));
    console.log('preview (unicode):', JSON.stringify({ subject: d.subject, from: d.from, uid: d.envUid }));
    check(d.subject === m.subject && d.from[0]?.text === m.fromName, `decoded "${m.fromName}" / "${m.subject}"`);
  }

  // --- full view (double-click opens action=show in the same tab)
  const igor = seededMessages[1];
  await openMessage(page, igor.subject);
  const show = await readMessageDom(page.mainFrame());
  console.log('show:', JSON.stringify({ ...show, headerHtml: undefined }, null, 1));
  console.log('show #message-header:\n' + show.headerHtml);
  check(/task-mail/.test(show.bodyClass) && /action-show/.test(show.bodyClass), 'show page body has task-mail action-show');
  check(
    show.contactLinks.some((a) => a.title === igor.fromEmail),
    `show has sender ${igor.fromEmail}`,
  );
  check((await page.locator('#messagebody table').count()) > 0, 'HTML message table rendered inline');
  await page.screenshot({ path: '/tmp/rc-show.png', fullPage: true });
  if (saveFixtures) {
    const norm = (html) => html.replaceAll(rc.origin, 'http://127.0.0.1:8000');
    fs.writeFileSync(path.join(fixtures, '2026-11-real-show.html'), norm(await page.content()));
  }
} catch (e) {
  console.error(e);
  console.error(rc.logs());
  failures.push(String(e.message ?? e));
} finally {
  await browser?.close();
  const s = Date.now();
  await rc.stop();
  console.log(`stop: ${Date.now() - s} ms`);
}
console.log(failures.length ? `smoke: ${failures.length} failed: ${failures.join('; ')}` : 'smoke: all checks passed');
process.exit(failures.length ? 1 : 0);
