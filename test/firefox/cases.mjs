import { openInFrame, textOf, waitFor } from './frame-page.mjs';

/** Each case: [name, async ({ browser, base, server }) => void]; throws on failure. */
export const cases = [
  [
    'the dashboard opens and loads the demo dossiers',
    async ({ browser, base, server }) => {
      const { page, frame } = await openInFrame(browser, server, `${base}/dashboard.html#/accounts`);
      await waitFor(() => frame.$('[data-testid="accounts-empty"], [data-testid="account-row"]'), { what: 'account list' });
      if (await frame.$('[data-testid="load-demo"]')) await frame.click('[data-testid="load-demo"]');
      await waitFor(async () => (await frame.$$('[data-testid="account-row"]')).length === 4, { what: '4 demo accounts' });
      const names = await frame.$$eval('[data-testid="account-row"]', (els) => els.map((e) => e.textContent));
      if (!names.includes('Acme Logistics')) throw new Error(`unexpected accounts: ${names.join(', ')}`);
      await page.close();
    },
  ],
];
