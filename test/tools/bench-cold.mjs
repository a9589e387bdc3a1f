// The cold path: the browser stops an idle MV3 worker after about 30 s, so the email a manager
// opens next wakes a freshly started worker. Timed from the sender appearing in the page (the
// content script's first message follows from it) to the next frame after the dossier's name is in
// the panel, with the worker stopped before each sample the way the browser stops it
// (test/e2e/panel-worker-restart.spec.ts). Beside it, in the same run: the same switch with the
// worker running (warm), and an empty-panel round trip (an unknown sender: page -> worker -> panel
// with no dossier query) — the references that keep the figure meaningful on a noisy machine.
// Also the JS heap of the worker (after the import) and of the panel page with a large dossier open.
// Alone: `node test/tools/bench-cold.mjs [--accounts N] [--runs N] [--samples N] [--profile]` (after
// `npm run build:e2e`); --profile prints where the cold samples' time goes instead of the figures.
import { pathToFileURL } from 'node:url';
import { serveStatic } from './static-server.mjs';
import { armPaint } from './arm-paint.mjs';

const SAMPLES = 24;
const MB = 1024 * 1024;

const quantile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
const summary = (times) => {
  const s = [...times].sort((a, c) => a - c);
  return { median: quantile(s, 0.5), p95: quantile(s, 0.95), max: s[s.length - 1] };
};
const ms = (n) => `${n.toFixed(0)} ms`;

async function panelFrameOf(page) {
  for (let i = 0; i < 300; i++) {
    const f = page.frames().find((fr) => fr.url().includes('/panel.html'));
    if (f && (await f.$('main').catch(() => null))) return f;
    await page.waitForTimeout(100);
  }
  throw new Error('panel frame not found');
}

/**
 * In every panel frame from its first script on: the time of the next frame after the dossier's
 * name is first in the DOM (`window.__namePaintedAt`), for the page-load figures, where the
 * panel exists only after the bench could arm a watcher.
 */
function recordFirstNamePaint() {
  if (location.pathname !== '/panel.html') return;
  const watch = () => {
    const obs = new MutationObserver(() => {
      if (!document.querySelector('[data-testid="dossier-name"]')) return;
      obs.disconnect();
      requestAnimationFrame(() => (window.__namePaintedAt = performance.timeOrigin + performance.now()));
    });
    obs.observe(document, { childList: true, subtree: true });
  };
  watch();
}

/** The extension's service worker target, or undefined while none runs. */
async function workerTarget(cdp, extensionId) {
  const { targetInfos } = await cdp.send('Target.getTargets');
  return targetInfos.find((t) => t.type === 'service_worker' && t.url.includes(extensionId));
}

/**
 * Stops the worker as the browser does when it idles, and waits until that worker is gone. The
 * panel does not reconnect by itself (components/panel/use-panel-view.ts): the next email's
 * context starts the next worker, which wakes the panel — the cold start users meet.
 */
async function stopWorker(cdp, extensionId) {
  const target = await workerTarget(cdp, extensionId);
  if (!target) return;
  await cdp.send('Target.closeTarget', { targetId: target.targetId });
  const gone = async () => (await workerTarget(cdp, extensionId))?.targetId !== target.targetId;
  for (let i = 0; i < 200 && !(await gone()); i++) await new Promise((r) => setTimeout(r, 10));
}

/**
 * Runs CDP `method` in another target (the service worker) through the page's session: the
 * bench's persistent context has no browser-level session to attach from.
 */
async function inTarget(cdp, targetId, calls) {
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId, flatten: false });
  let next = 1;
  const pending = new Map();
  const onMessage = ({ sessionId: from, message }) => {
    if (from !== sessionId) return;
    const m = JSON.parse(message);
    if (m.id !== undefined && pending.has(m.id)) {
      pending.get(m.id)(m);
      pending.delete(m.id);
    }
  };
  cdp.on('Target.receivedMessageFromTarget', onMessage);
  const send = (method, params = {}) =>
    new Promise((resolve, reject) => {
      const id = next++;
      pending.set(id, (m) => (m.error ? reject(new Error(`${method}: ${m.error.message}`)) : resolve(m.result)));
      void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) }).catch(reject);
    });
  try {
    return await calls(send);
  } finally {
    cdp.off('Target.receivedMessageFromTarget', onMessage);
    await cdp.send('Target.detachFromTarget', { sessionId }).catch(() => undefined);
  }
}

/** Used JS heap after a full garbage collection: what the context keeps, not what it has yet to free. */
const retainedHeap = async (send) => {
  await send('HeapProfiler.collectGarbage');
  const { usedSize } = await send('Runtime.getHeapUsage');
  return usedSize;
};

/** The e2e build's `keyside:` marks of a context (lib/time/bench-mark.ts), on the shared clock, then cleared. */
const MARKS_JS = `(() => {
  const m = performance.getEntriesByType('mark').filter((e) => e.name.startsWith('keyside:'))
    .map((e) => [e.name.slice(8), performance.timeOrigin + e.startTime]);
  performance.clearMarks();
  return JSON.stringify({ origin: performance.timeOrigin, marks: m });
})()`;
const marksOf = async (evaluate) => JSON.parse(await evaluate(MARKS_JS));

/**
 * The cold path's steps, each as the time from the sender's appearance to the step's first mark
 * (the last for the view posted), medians over the cold samples: where the 300 ms go.
 */
function coldBreakdown(profiles) {
  const steps = new Map();
  const at = (step, t) => steps.set(step, [...(steps.get(step) ?? []), t]);
  for (const { shownAt, paintedAt, page, worker, panel } of profiles) {
    const first = (ctx, name) => ctx.marks.find(([n]) => n === name)?.[1];
    const put = (step, t) => t !== undefined && at(step, t - shownAt);
    put('content script sends the context', first(page, 'content-sent'));
    put('worker context created (timeOrigin)', worker.origin);
    put('worker script starts to run', first(worker, 'worker-eval'));
    put('worker modules evaluated (startBackground)', first(worker, 'worker-start'));
    put('worker listeners registered', first(worker, 'worker-listening'));
    put('worker gets the context', first(worker, 'worker-context'));
    put('worker wakes the panel, starts the query', first(worker, 'worker-wake'));
    put('database open', first(worker, 'worker-db-open'));
    put('panel gets the wake', first(panel, 'panel-wake'));
    put('panel connects its port', first(panel, 'panel-connect'));
    put('worker gets the port', first(worker, 'worker-port'));
    put('worker asks the content script to mount', first(worker, 'worker-ask'));
    put('worker gets the mount', first(worker, 'worker-mount'));
    put('worker serves the port', first(worker, 'worker-serve'));
    put('first view read', first(worker, 'worker-view'));
    put('first view posted', first(worker, 'worker-posted'));
    put('panel gets a message', first(panel, 'panel-message'));
    at('views read in this wake (count)', worker.marks.filter(([n]) => n === 'worker-view').length);
    at('queries started in this wake (count)', worker.marks.filter(([n]) => n === 'worker-query').length);
    put('dossier painted', paintedAt);
  }
  const median = (xs) => [...xs].sort((a, c) => a - c)[Math.floor(xs.length / 2)];
  return [...steps].map(([step, xs]) => [`  cold profile: ${step}`, `median ${median(xs).toFixed(0)}`]);
}

const LARGE_HISTORY = 2_000;
const PANEL_OPENS = 20;

/**
 * The large dossier of the panel's heap figure: the generated data gives every account the same
 * 20 history entries, so the first account gets LARGE_HISTORY more, copied from its own entries
 * straight into the database from the dashboard page (the bench's data, not the import's figure).
 */
async function enlargeFirstAccount(b, backup) {
  const account = backup.accounts[0];
  await b.page.evaluate(
    ([accountId, extra]) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('keyside');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction('interactions', 'readwrite');
          const store = tx.objectStore('interactions');
          const own = store.index('[accountId+at]').getAll(IDBKeyRange.bound([accountId], [accountId, []]));
          own.onsuccess = () => {
            const base = own.result;
            for (let k = 0; k < extra; k++) {
              const from = base[k % base.length];
              const shift = (k + 1) * 3_600_000;
              const at = typeof from.at === 'number' ? from.at - shift : new Date(Date.parse(from.at) - shift).toISOString();
              store.put({ ...from, id: `bench-large-${k}`, at, summary: `${from.summary ?? ''} (${k})` });
            }
          };
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    [account.id, LARGE_HISTORY],
  );
  const contact = backup.contacts.find((c) => c.accountId === account.id && c.emails?.length);
  return { account, contact, interactions: LARGE_HISTORY + backup.interactions.filter((i) => i.accountId === account.id).length };
}

export async function benchCold(b, backup, { samples = SAMPLES, profile = false } = {}) {
  const extensionId = new URL(b.url('')).host;
  const large = await enlargeFirstAccount(b, backup);
  // The dashboard (the import's page) shares the extension's renderer with the panel: gone, so
  // the panel's heap is the panel's.
  await b.page.goto('about:blank');
  const server = await serveStatic('test/fixtures');
  const page = await b.context.newPage();
  const cdp = await b.context.newCDPSession(page);
  try {
    // The worker as the import left it: everything it keeps for 10,000 accounts.
    const worker = await workerTarget(cdp, extensionId);
    const workerHeap = worker ? await inTarget(cdp, worker.targetId, retainedHeap) : NaN;

    // Panels opened and closed: each close must end its live query in the worker (lib/background/panel-hub.ts),
    // so the same worker's heap after PANEL_OPENS panels is what it was before them.
    const before = worker ? await inTarget(cdp, worker.targetId, retainedHeap) : NaN;
    for (let i = 0; i < PANEL_OPENS; i++) {
      const tab = await b.context.newPage();
      const n = 1 + ((i * 613 + 5) % (backup.accounts.length - 1));
      const hash = new URLSearchParams({
        uid: String(i),
        email: backup.contacts[n * 3].emails[0],
        name: backup.contacts[n * 3].name,
      });
      await tab.goto(`${server.url}/bench-inbox/index.html?open=${i}#${hash}`);
      await (await panelFrameOf(tab)).waitForSelector('[data-testid="dossier-name"]', { timeout: 60_000 });
      await tab.close();
    }
    const sameWorker = (await workerTarget(cdp, extensionId))?.targetId === worker?.targetId;
    const after = worker && sameWorker ? await inTarget(cdp, worker.targetId, retainedHeap) : NaN;

    await page.goto(`${server.url}/bench-inbox/index.html`);
    await page.evaluate(() => window.showMessage(0, 'nobody@nowhere.example', 'Nobody', 'warm-up'));
    const panel = await panelFrameOf(page);
    await panel.waitForSelector('[data-testid="no-match"]', { timeout: 60_000 });

    let uid = 1;
    const profiles = [];
    const pick = (i) => {
      const n = 1 + ((i * 389 + 71) % (backup.accounts.length - 1));
      return { account: backup.accounts[n], contact: backup.contacts[n * 3] };
    };
    /** One switch: arm the watcher, optionally stop the worker, show the sender, wait for the paint. */
    const sample = async ({ email, name, selector, expect, cold }) => {
      await armPaint(panel, selector, expect);
      if (cold) await stopWorker(cdp, extensionId);
      const shownAt = await page.evaluate(([u, e, n]) => window.showMessage(u, e, n, `Message ${u}`), [uid++, email, name]);
      const paintedAt = await panel.evaluate(() => window.__painted);
      if (profile && cold) {
        await page.waitForTimeout(200);
        const w = await workerTarget(cdp, extensionId);
        profiles.push({
          shownAt,
          paintedAt,
          page: await marksOf((js) => page.evaluate(js)),
          panel: await marksOf((js) => panel.evaluate(js)),
          worker: await inTarget(cdp, w.targetId, async (send) =>
            marksOf(async (js) => (await send('Runtime.evaluate', { expression: js, returnByValue: true })).result.value),
          ),
        });
      } else if (profile) {
        await page.evaluate(MARKS_JS);
        await panel.evaluate(MARKS_JS);
      }
      return paintedAt - shownAt;
    };
    const dossier = (i, cold) => {
      const { account, contact } = pick(i);
      return sample({
        email: contact.emails[0],
        name: contact.name,
        selector: '[data-testid="dossier-name"]',
        expect: account.name,
        cold,
      });
    };
    const empty = (i) => {
      const email = `nobody-${i}@nowhere-${i}.example`;
      return sample({ email, name: `Nobody ${i}`, selector: '[data-testid="no-match"]', expect: email, cold: false });
    };

    // Interleaved, so a burst of load on the machine hits all three alike.
    const warm = [];
    const reference = [];
    const cold = [];
    for (let i = 0; i < samples; i++) {
      reference.push(await empty(i));
      warm.push(await dossier(2 * i, false));
      cold.push(await dossier(2 * i + 1, true));
      // A stopped worker had been idle; let this one finish its start-up before the next stop.
      await page.waitForTimeout(300);
    }

    await page.close();
    if (profile) {
      const line = (name, t) => [name, `median ${ms(summary(t).median)}, p95 ${ms(summary(t).p95)}`];
      return [line('empty-panel reference', reference), line('warm', warm), line('cold', cold), ...coldBreakdown(profiles)];
    }

    // Page load: a tab opened on a message, with no panel anywhere to wake the worker before it
    // (cold) or with the worker running (warm), timed from the page's navigation start.
    await b.context.addInitScript(recordFirstNamePaint);
    const loadPage = await b.context.newPage();
    const loadCdp = await b.context.newCDPSession(loadPage);
    const pageLoad = async (i, cold) => {
      const { account, contact } = pick(1000 + i);
      if (cold) await stopWorker(loadCdp, extensionId);
      const hash = new URLSearchParams({ uid: String(uid++), email: contact.emails[0], name: contact.name });
      await loadPage.goto(`${server.url}/bench-inbox/index.html?load=${uid}#${hash}`);
      const panel = await panelFrameOf(loadPage);
      const name = await panel.waitForFunction(
        () => window.__namePaintedAt && document.querySelector('[data-testid="dossier-name"]')?.textContent,
        null,
        { timeout: 30_000 },
      );
      if ((await name.jsonValue()) !== account.name)
        throw new Error(`page load showed ${await name.jsonValue()}, not ${account.name}`);
      const paintedAt = await panel.evaluate(() => window.__namePaintedAt);
      const startedAt = await loadPage.evaluate(() => performance.timeOrigin);
      return paintedAt - startedAt;
    };
    const loadWarm = [];
    const loadCold = [];
    const loads = Math.max(8, Math.round(samples / 2));
    for (let i = 0; i < loads; i++) {
      loadWarm.push(await pageLoad(2 * i, false));
      // A fresh page for each sample: the cold one must not find this tab's panel connected.
      await loadPage.goto('about:blank');
      loadCold.push(await pageLoad(2 * i + 1, true));
      await loadPage.goto('about:blank');
      await loadPage.waitForTimeout(300);
    }
    await loadCdp.detach().catch(() => undefined);

    // The panel with the largest dossier open, the worker running.
    const page2 = loadPage;
    await page2.goto(`${server.url}/bench-inbox/index.html?large=1`);
    await page2.evaluate(() => window.showMessage(0, 'nobody@nowhere.example', 'Nobody', 'warm-up'));
    const panel2 = await panelFrameOf(page2);
    await panel2.waitForSelector('[data-testid="no-match"]', { timeout: 60_000 });
    await armPaint(panel2, '[data-testid="dossier-name"]', large.account.name);
    await page2.evaluate(
      ([u, e, n]) => window.showMessage(u, e, n, 'Large dossier'),
      [uid++, large.contact.emails[0], large.contact.name],
    );
    await panel2.evaluate(() => window.__painted);
    await page2.waitForTimeout(500);
    const panelCdp = await b.context.newCDPSession(panel2);
    await panelCdp.send('HeapProfiler.enable');
    await panelCdp.send('HeapProfiler.collectGarbage');
    const { usedSize: panelHeap } = await panelCdp.send('Runtime.getHeapUsage');
    await panelCdp.detach();

    const r = summary(reference);
    const w = summary(warm);
    const c = summary(cold);
    const lw = summary(loadWarm);
    const lc = summary(loadCold);
    return [
      [`empty-panel round trip, warm (reference, ${samples})`, `median ${ms(r.median)}, p95 ${ms(r.p95)}, max ${ms(r.max)}`],
      [`email opened -> dossier painted, warm (${samples})`, `median ${ms(w.median)}, p95 ${ms(w.p95)}, max ${ms(w.max)}`],
      [
        `email opened -> dossier painted, cold worker (${samples})`,
        `median ${ms(c.median)}, p95 ${ms(c.p95)}, max ${ms(c.max)} (p95 ${(c.p95 / r.p95).toFixed(1)}× the reference; goal ≤ 300 ms)`,
      ],
      [
        `page opened on an email -> dossier painted, warm (${loads})`,
        `median ${ms(lw.median)}, p95 ${ms(lw.p95)}, max ${ms(lw.max)}`,
      ],
      [
        `page opened on an email -> dossier painted, cold worker (${loads})`,
        `median ${ms(lc.median)}, p95 ${ms(lc.p95)}, max ${ms(lc.max)} (cold − warm p95: ${ms(lc.p95 - lw.p95)})`,
      ],
      ['worker JS heap after the import (after GC)', `${(workerHeap / MB).toFixed(1)} MB (goal ≤ 120 MB)`],
      [
        `worker JS heap before / after ${PANEL_OPENS} panels opened and closed`,
        sameWorker
          ? `${(before / MB).toFixed(1)} MB / ${(after / MB).toFixed(1)} MB (${after - before >= 0 ? '+' : ''}${((after - before) / 1024).toFixed(0)} KB)`
          : 'not measured (the browser restarted the worker meanwhile)',
      ],
      [
        `panel JS heap, largest dossier open (${large.interactions} history entries, after GC)`,
        `${(panelHeap / MB).toFixed(1)} MB (goal ≤ 40 MB)`,
      ],
    ];
  } finally {
    await cdp.detach().catch(() => undefined);
    await Promise.all(
      b.context
        .pages()
        .filter((p) => p !== b.page)
        .map((p) => p.close().catch(() => undefined)),
    );
    await server.close();
  }
}

// Alone: import the generated data once, then run the cold figures `--runs` times.
if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { launchBench } = await import('./bench-browser.mjs');
  const { generateBackup } = await import('./generate-backup.mjs');
  const arg = (name, fallback) => {
    const i = process.argv.indexOf(name);
    return i > 0 ? Number(process.argv[i + 1]) : fallback;
  };
  const backup = generateBackup({ accounts: arg('--accounts', 10_000) });
  const b = await launchBench();
  try {
    const imp = await b.importThroughDashboard(JSON.stringify(backup));
    console.log(`${'import through the dashboard'.padEnd(44)} ${imp.ms} ms`);
    // As in `npm run bench`: the search backfill a large import leaves behind would otherwise hold
    // the worker and IndexedDB through the samples.
    console.log(`${'search index complete, after the import'.padEnd(44)} ${await b.indexedAfterImport()} ms more`);
    const profile = process.argv.includes('--profile');
    for (let run = 0; run < arg('--runs', 1); run++)
      for (const [name, value] of await benchCold(b, backup, { samples: arg('--samples', SAMPLES), profile }))
        console.log(`${name.padEnd(44)} ${value}`);
  } finally {
    await b.close();
  }
}
