import {
  type ChromeApi,
  expect,
  fixture,
  forbidDialogs,
  grantActiveTab,
  NEWS,
  openCaptureOnNews,
  serve,
  test,
  triggerCapture,
} from './capture-helpers';

const EXPECTED_QUOTE = [
  'Компания Acme Logistics расширяет сеть: новый склад на 14\u00a0000 м².',
  'Запуск — весной 2027 года 🚚',
  '',
  'ახალი საწყობი კოტკაში — ცივი ჯაჭვი 👍🏽',
  '',
  'שותף חדש בנמל',
].join('\n');

test.describe('capture from any page into a dossier', () => {
  test("a selection on a client's news site: the domain's dossier is proposed first, saved, shown in its history", async ({
    cap,
  }) => {
    const { page, dialog } = await openCaptureOnNews(cap);
    const dialogsSeen: string[] = [];
    forbidDialogs(dialog, dialogsSeen);

    await expect(dialog.getByTestId('capture-quote')).toHaveText(EXPECTED_QUOTE, { useInnerText: false });
    const first = dialog.getByTestId('capture-account').first();
    await expect(first).toContainText('Acme Logistics');
    await expect(first.locator('input[type=radio]')).toBeChecked();
    await expect(dialog.getByTestId('capture-kind-note')).toBeChecked();
    await dialog.getByTestId('capture-comment').fill('Новый склад — предложить холодовую цепь');
    const closed = dialog.waitForEvent('close');
    await dialog.getByTestId('capture-kind-note').press('Enter');
    await expect(dialog.getByTestId('capture-saved')).toContainText('Acme Logistics');
    await closed;
    expect(dialogsSeen).toEqual([]);

    const dash = await cap.context.newPage();
    await dash.goto(`${cap.url('dashboard.html')}#/account/demo-acme`);
    const entry = dash.getByTestId('history-entry').filter({ hasText: 'холодовую цепь' });
    await expect(entry).toHaveCount(1);
    expect(await entry.locator('blockquote').evaluate((q) => q.textContent)).toBe(EXPECTED_QUOTE);
    const source = entry.getByTestId('source-link');
    await expect(source).toHaveAttribute('href', NEWS);
    await expect(source).toHaveText('Acme Logistics открывает склад в Котке — Logistics News');
    // Capture time: the entry's time is now (the dashboard formats it in the UI language).
    const when = await entry.locator('.when').textContent();
    const near = await dash.evaluate(() =>
      [0, -60_000].map((d) =>
        new Intl.DateTimeFormat((globalThis as unknown as { chrome: ChromeApi }).chrome.i18n.getUILanguage(), {
          dateStyle: 'medium',
          timeStyle: 'short',
        }).format(new Date(Date.now() + d)),
      ),
    );
    expect(near).toContain(when);

    const opened = cap.context.waitForEvent('page', { predicate: (p) => p.url() === NEWS });
    await source.click();
    await (await opened).close();
    await dash.close();
    await page.close();
  });

  test('a hostile page: script, handlers and javascript: links are captured as words only; nothing runs in Keyside', async ({
    cap,
  }) => {
    const HOSTILE = 'https://deals.hostile.example/offer';
    await serve(cap.context, 'https://deals.hostile.example/**', fixture('hostile.html'));
    const page = await cap.context.newPage();
    page.on('dialog', (d) => void d.dismiss()); // the hostile page's own alerts are its business
    await page.goto(HOSTILE);
    await page.evaluate(() => getSelection()!.selectAllChildren(document.getElementById('sel')!));
    await grantActiveTab(cap, page);
    const dialogsSeen: string[] = [];
    const dialog = await triggerCapture(cap, page, { menu: { menuItemId: 'keyside-capture-selection' } });
    forbidDialogs(dialog, dialogsSeen);
    const quote = dialog.getByTestId('capture-quote');
    await expect(quote).toContainText('Literal markup: <img src=x onerror=alert(document.domain)>');
    expect(await quote.evaluate((q) => q.childElementCount)).toBe(0);
    await dialog.getByTestId('capture-comment').fill('hostile-capture');
    await dialog.getByTestId('capture-save').click();
    await expect(dialog.getByTestId('capture-saved')).toBeVisible();

    // Right-click on the javascript: link: its words are kept, its target never becomes a link.
    const linkDialog = await triggerCapture(cap, page, {
      menu: { menuItemId: 'keyside-capture-link', linkUrl: "javascript:alert('link')" },
    });
    forbidDialogs(linkDialog, dialogsSeen);
    await expect(linkDialog.getByTestId('capture-quote')).toHaveText('claim it');
    await linkDialog.getByTestId('capture-comment').fill('hostile-link');
    await linkDialog.getByTestId('capture-save').click();
    await expect(linkDialog.getByTestId('capture-saved')).toBeVisible();

    const dash = await cap.context.newPage();
    forbidDialogs(dash, dialogsSeen);
    await dash.goto(`${cap.url('dashboard.html')}#/account/demo-acme`);
    const entry = dash.getByTestId('history-entry').filter({ hasText: 'hostile-capture' });
    await expect(entry).toHaveCount(1);
    await expect(dash.getByTestId('history-entry').filter({ hasText: 'hostile-link' })).toHaveCount(1);
    const text = await entry.locator('blockquote').evaluate((q) => q.textContent);
    expect(text).toBe(
      'Price list [Logo] for partners.\n\nDiscount 15% — claim it.\n\nLiteral markup: <img src=x onerror=alert(document.domain)> and <a href="javascript:alert(2)">',
    );
    await entry.hover();
    const history = dash.getByTestId('history');
    expect(
      await history.locator('script, img, svg, iframe, style, code, b, [onclick], [onerror], [onmouseover], [onload]').count(),
    ).toBe(0);
    expect(await dash.locator('a[href^="javascript:" i]').count()).toBe(0);
    await expect(entry.getByTestId('source-link')).toHaveAttribute('href', HOSTILE);
    await expect(entry.getByTestId('source-link')).toHaveText('Deal <script>alert(1)</script>');
    expect(dialogsSeen).toEqual([]);
    await dash.close();
    await page.close();
  });

  test('a 150 KB selection is saved cut to 100 KB with a visible mark', async ({ cap }) => {
    const line = 'Строка прайс-листа: поддоны, холодовая цепь, доставка — 42 € / ед. 📦\n';
    const body = `<!doctype html><meta charset="utf-8"><title>Big price list</title><pre id="big">${line.repeat(Math.ceil((150 * 1024) / Buffer.byteLength(line)))}</pre>`;
    await serve(cap.context, 'http://127.0.0.1:9/**', body);
    const page = await cap.context.newPage();
    await page.goto('http://127.0.0.1:9/prices.html');
    await page.evaluate(() => getSelection()!.selectAllChildren(document.getElementById('big')!));
    const dialog = await triggerCapture(cap, page, { command: 'capture-selection' });
    await expect(dialog.getByTestId('capture-truncated')).toBeVisible();
    await expect(dialog.getByTestId('capture-quote')).toContainText(/\[truncated by Keyside: 15\d KB → 100 KB\]/);
    await dialog.getByTestId('manual-search').fill('acme');
    await dialog.getByTestId('search-hit').first().click();
    await expect(dialog.getByTestId('capture-account').first()).toContainText('Acme Logistics');
    await dialog.getByTestId('capture-comment').fill('big-price-list');
    await dialog.getByTestId('capture-save').click();
    await expect(dialog.getByTestId('capture-saved')).toBeVisible();

    const dash = await cap.context.newPage();
    await dash.goto(`${cap.url('dashboard.html')}#/account/demo-acme`);
    const quote = dash.getByTestId('history-entry').filter({ hasText: 'big-price-list' }).locator('blockquote');
    const saved = await quote.evaluate((q) => q.textContent);
    expect(Buffer.byteLength(saved)).toBeLessThanOrEqual(100 * 1024);
    expect(saved).toMatch(/\n… \[truncated by Keyside: 15\d KB → 100 KB\]$/);
    expect(saved.startsWith(line.trimEnd())).toBe(true);
    await dash.close();
    await page.close();
  });
});
