// Helpers to reach an extension page inside the served host page's iframe.

/** Polls `fn` until it returns a truthy value or the time runs out (no fixed sleeps). */
export async function waitFor(fn, { timeout = 15000, what = 'condition' } = {}) {
  const end = Date.now() + timeout;
  let last;
  while (Date.now() < end) {
    try {
      const v = await fn();
      if (v) return v;
    } catch (e) {
      last = e;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}${last ? `: ${last.message}` : ''}`);
}

/** Opens `url` (an extension page) in an iframe of a served test page and returns its frame. */
export async function openInFrame(browser, server, url) {
  const page = await browser.newPage();
  await page.goto(`${server}/firefox/host.html#${encodeURIComponent(url)}`);
  // Over WebDriver BiDi a cross-origin child frame may report about:blank as its URL: take the
  // host page's only child frame once its document carries Keyside's root element.
  const frame = await waitFor(
    async () => {
      const child = page.frames().find((f) => f !== page.mainFrame());
      return child && (await child.$('#root > *')) ? child : undefined;
    },
    { what: `frame ${url}` },
  );
  return { page, frame };
}

export async function textOf(frame, selector) {
  return frame.$eval(selector, (el) => el.textContent ?? '');
}
