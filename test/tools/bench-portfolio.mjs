// The dashboard's portfolio view (the account list) at full scale: from navigation start to the
// first account row painted (the first screen, components/dashboard/AccountList.tsx) and to the
// whole list in, beside the same dashboard page painting its Backup view (the
// page's own cost: bundle, React, opening the database) measured in the same run; then a
// scroll through all 10,000 rows, frame by frame, with the long tasks (> 50 ms) it causes.
import { stats } from './bench-search.mjs';

const LOADS = 7;

/**
 * One load of `url` in a new tab. `first`: navigation start → the next frame after `selector` is
 * in the DOM, in ms (page clock), i.e. the frame that paints it; with `whole`, `all` → the next
 * frame after `whole` is (the list complete, not only its first screen). With `timeline`, also
 * the script chunks' arrival (resource timing) and the page's own keyside-* marks, by start time.
 * `around(page, load)` wraps the navigation (the profiler attaches a CPU profile there).
 */
export async function firstPaint(context, url, selector, { whole, timeline = false, around } = {}) {
  const page = await context.newPage();
  try {
    await page.addInitScript(
      (sels) => {
        const paintOf = (sel) =>
          new Promise((resolve) => {
            const check = () => {
              if (!document.querySelector(sel)) return;
              obs.disconnect();
              requestAnimationFrame(() => resolve(performance.now()));
            };
            const obs = new MutationObserver(check);
            obs.observe(document, { childList: true, subtree: true, attributes: true });
          });
        window.__firstPaint = Promise.all(sels.map(paintOf));
      },
      whole ? [selector, whole] : [selector],
    );
    const load = async () => {
      await page.goto(url);
      return page.evaluate(() => window.__firstPaint);
    };
    const [first, all] = around ? await around(page, load) : await load();
    if (!timeline) return { first, all };
    const detail = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0];
      return {
        html: nav?.responseEnd,
        domInteractive: nav?.domInteractive,
        scripts: performance
          .getEntriesByType('resource')
          .filter((r) => r.name.endsWith('.js'))
          .map((r) => [r.name.replace(/^.*\//, ''), Math.round(r.responseEnd)]),
        marks: performance
          .getEntriesByType('mark')
          .filter((m) => m.name.startsWith('keyside-'))
          .map((m) => [m.name, Math.round(m.startTime)]),
      };
    });
    return { first, all, ...detail };
  } finally {
    await page.close();
  }
}

/** The account list is complete (not only the first screen painted from the accounts shown last time). */
const WHOLE_LIST = '[data-testid="accounts-count"][aria-busy="false"]';

/** `build` names the build in the figures' labels. */
export async function benchPortfolio(b, build = 'e2e build') {
  const dashboard = b.url('dashboard.html');
  // Warm-up loads: the first compiles the bundle; right after an import the database and the
  // worker are still settling.
  // They also leave the list's first screen remembered, as any earlier visit does.
  for (let i = 0; i < 3; i++) {
    await firstPaint(b.context, `${dashboard}#/accounts`, '[data-testid="account-row"]', { whole: WHOLE_LIST });
    await firstPaint(b.context, `${dashboard}#/backup`, '[data-testid="import-backup"]');
  }
  const list = [];
  const whole = [];
  const shell = [];
  for (let i = 0; i < LOADS; i++) {
    const { first, all } = await firstPaint(b.context, `${dashboard}#/accounts`, '[data-testid="account-row"]', {
      whole: WHOLE_LIST,
    });
    list.push(first);
    whole.push(all);
    shell.push((await firstPaint(b.context, `${dashboard}#/backup`, '[data-testid="import-backup"]')).first);
  }
  const l = stats(list);
  const w = stats(whole);
  const s = stats(shell);

  const page = await b.context.newPage();
  let scroll;
  try {
    await page.goto(`${dashboard}#/accounts`);
    await page.locator(WHOLE_LIST).waitFor();
    const rows = await page.getByTestId('accounts-count').textContent();
    scroll = await page.evaluate(async () => {
      const box = document.querySelector('.portfolio-scroll');
      const longTasks = [];
      const obs = new PerformanceObserver((l) => longTasks.push(...l.getEntries().map((e) => e.duration)));
      obs.observe({ type: 'longtask' });
      const frames = [];
      let last = performance.now();
      // 600 px a frame (about 11 rows): the whole list in some 900 frames.
      while (box.scrollTop + box.clientHeight < box.scrollHeight - 1) {
        box.scrollTop += 600;
        await new Promise((r) => requestAnimationFrame(r));
        const now = performance.now();
        frames.push(now - last);
        last = now;
      }
      await new Promise((r) => setTimeout(r, 100));
      obs.disconnect();
      const rendered = document.querySelectorAll('[data-testid="account-row"]').length;
      return { frames, longTasks, rendered };
    });
    scroll.rows = rows;
  } finally {
    await page.close();
  }
  const f = stats(scroll.frames);
  const ratio = l.median / s.median;
  return [
    [
      `portfolio first paint, 10,000 accounts, ${build} (${LOADS} loads)`,
      `median ${l.median.toFixed(0)} ms, p95 ${l.p95.toFixed(0)} ms`,
    ],
    [`portfolio complete (all 10,000 rows in), ${build}`, `median ${w.median.toFixed(0)} ms, p95 ${w.p95.toFixed(0)} ms`],
    [`dashboard Backup view first paint, ${build} (reference)`, `median ${s.median.toFixed(0)} ms, p95 ${s.p95.toFixed(0)} ms`],
    [`portfolio first paint / reference, ${build}`, `${ratio.toFixed(2)}×, +${(l.median - s.median).toFixed(0)} ms`],
    [
      `portfolio scroll, ${build}, ${scroll.rows?.trim()} (${scroll.frames.length} frames)`,
      `frame median ${f.median.toFixed(1)} ms, p95 ${f.p95.toFixed(1)} ms; long tasks ${scroll.longTasks.length}; ${scroll.rendered} rows in the DOM`,
    ],
  ];
}
