// Re-reads on an idle mail page: the content script should read again only when the page really
// changed. A script in the page moves a pretend pointer for a while (hover-churn.mjs); we count
// the adapter's reads (the e2e build's counter, lib/content/watch-page.ts READS_ATTR) and the
// `pageContext` messages the worker receives, scaled to a minute. Target: 0 of each.
// Alone: `node test/tools/bench-rereads.mjs` (after `npm run build:e2e`).
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { startHoverChurn } from './hover-churn.mjs';

const SECONDS = 10;
/** A pointer crossing rows and buttons: about what Gmail's own hover handlers see from a moving mouse. */
const MUTATIONS_PER_SECOND = 8;

/** The idle pages, at their real hostnames; `container` is the adapter's WATCH.container. */
export const IDLE_PAGES = [
  {
    name: 'Gmail',
    route: 'https://mail.google.com/**',
    url: 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQcPallettenderWxLmNb',
    file: 'test/fixtures/gmail/2026-12-thread-collapsed.html',
    container: 'div.aeF',
  },
  {
    name: 'Outlook',
    route: 'https://outlook.office.com/**',
    url: 'https://outlook.office.com/mail/inbox/id/AAQkADAwATM0MDAAMS1iNmY3LTQ5ZjEtMDACLTAwCgAQAMt8%2Fh%2B3A0VJrSWh0CZ6u2E%3D',
    file: 'test/fixtures/outlook/2026-11-reading-pane.html',
    container: '#ReadingPaneContainerId',
  },
];

/** Counts `pageContext` messages arriving at the worker, beside its own listeners (never answers). */
export async function countPageContexts(worker) {
  await worker.evaluate(() => {
    if (globalThis.__pageContextCount !== undefined) return;
    globalThis.__pageContextCount = 0;
    chrome.runtime.onMessage.addListener((message) => {
      if (message && message.type === 'pageContext') globalThis.__pageContextCount++;
    });
  });
  return () => worker.evaluate(() => globalThis.__pageContextCount);
}

/** The content script's reads so far on this page (e2e build only). */
export const readsOf = (page) => page.evaluate(() => Number(document.documentElement.getAttribute('data-keyside-reads') ?? 0));

/** Opens `spec` and waits until the content script has read it and gone quiet. */
export async function openIdle(context, spec) {
  await context.route(spec.route, (route) =>
    route.fulfill({ contentType: 'text/html; charset=utf-8', body: readFileSync(spec.file) }),
  );
  const page = await context.newPage();
  await page.goto(spec.url);
  await page.waitForFunction(() => document.documentElement.hasAttribute('data-keyside-reads'), null, { timeout: 30_000 });
  // Quiet: no read for a second (the panel mounting, late attributes).
  let before = -1;
  for (let i = 0; i < 20; i++) {
    const now = await readsOf(page);
    if (now === before) break;
    before = now;
    await page.waitForTimeout(1000);
  }
  return page;
}

/** Reads and messages during `seconds` of hover churn on an idle page. */
export async function measureChurn(page, pageContexts, container, seconds = SECONDS) {
  const reads0 = await readsOf(page);
  const sent0 = await pageContexts();
  const targets = await page.evaluate(startHoverChurn, { container, perSecond: MUTATIONS_PER_SECOND });
  await page.waitForTimeout(seconds * 1000);
  const churn = await page.evaluate(() => window.__stopHoverChurn());
  // Let a debounced read (40 ms) and its message land.
  await page.waitForTimeout(500);
  return {
    reads: (await readsOf(page)) - reads0,
    sent: (await pageContexts()) - sent0,
    mutations: churn.inside + churn.outside,
    targets,
  };
}

export async function benchIdleRereads(b) {
  const pageContexts = await countPageContexts(b.worker);
  const lines = [];
  for (const spec of IDLE_PAGES) {
    const page = await openIdle(b.context, spec);
    try {
      const r = await measureChurn(page, pageContexts, spec.container);
      const perMinute = (n) => ((n * 60) / SECONDS).toFixed(0);
      lines.push([
        `re-reads per minute, idle ${spec.name} (hover churn)`,
        `${perMinute(r.reads)} reads, ${perMinute(r.sent)} pageContext messages (${perMinute(r.mutations)} hover moves/min)`,
      ]);
    } finally {
      await page.close();
      await b.context.unroute(spec.route);
    }
  }
  return lines;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { launchWithExtension } = await import('../e2e/launch.mjs');
  const { context, worker, close } = await launchWithExtension();
  try {
    for (const [name, value] of await benchIdleRereads({ context, worker })) console.log(`${name.padEnd(44)} ${value}`);
  } finally {
    await close();
  }
}
