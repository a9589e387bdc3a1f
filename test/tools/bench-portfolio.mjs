// The dashboard's portfolio view (the account list) at full scale: from navigation start to the
// first account row painted, beside the same dashboard page painting its Backup view (the
// page's own cost: bundle, React, opening the database) measured in the same run; then a
// scroll through all 10,000 rows, frame by frame, with the long tasks (> 50 ms) it causes.
import { stats } from './bench-search.mjs';

const LOADS = 7;

/** Navigation start → the next frame after `selector` is in the DOM, in ms (page clock). */
async function firstPaint(context, url, selector) {
  const page = await context.newPage();
  try {
    await page.addInitScript((sel) => {
      window.__firstPaint = new Promise((resolve) => {
        const check = () => {
          if (!document.querySelector(sel)) return;
          obs.disconnect();
          requestAnimationFrame(() => resolve(performance.now()));
        };
        const obs = new MutationObserver(check);
        obs.observe(document, { childList: true, subtree: true });
      });
    }, selector);
    await page.goto(url);
    return await page.evaluate(() => window.__firstPaint);
  } finally {
    await page.close();
  }
}

/** `build` names the build in the figures' labels. */
export async function benchPortfolio(b, build = 'e2e build') {
  const dashboard = b.url('dashboard.html');
  // Warm-up loads: the first compiles the bundle; right after an import the database and the
  // worker are still settling.
  for (let i = 0; i < 3; i++) {
    await firstPaint(b.context, `${dashboard}#/accounts`, '[data-testid="account-row"]');
    await firstPaint(b.context, `${dashboard}#/backup`, '[data-testid="import-backup"]');
  }
  const list = [];
  const shell = [];
  for (let i = 0; i < LOADS; i++) {
    list.push(await firstPaint(b.context, `${dashboard}#/accounts`, '[data-testid="account-row"]'));
    shell.push(await firstPaint(b.context, `${dashboard}#/backup`, '[data-testid="import-backup"]'));
  }
  const l = stats(list);
  const s = stats(shell);

  const page = await b.context.newPage();
  let scroll;
  try {
    await page.goto(`${dashboard}#/accounts`);
    await page.getByTestId('account-row').first().waitFor();
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
    [`dashboard Backup view first paint, ${build} (reference)`, `median ${s.median.toFixed(0)} ms, p95 ${s.p95.toFixed(0)} ms`],
    [`portfolio first paint / reference, ${build}`, `${ratio.toFixed(2)}×, +${(l.median - s.median).toFixed(0)} ms`],
    [
      `portfolio scroll, ${build}, ${scroll.rows?.trim()} (${scroll.frames.length} frames)`,
      `frame median ${f.median.toFixed(1)} ms, p95 ${f.p95.toFixed(1)} ms; long tasks ${scroll.longTasks.length}; ${scroll.rendered} rows in the DOM`,
    ],
  ];
}
