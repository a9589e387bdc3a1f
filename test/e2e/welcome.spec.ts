import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { launchWithExtension } from './extension';

const ru = JSON.parse(readFileSync('public/_locales/ru/messages.json', 'utf8')) as Record<string, { message: string }>;
const en = JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8')) as Record<string, { message: string }>;

test('a new install opens the welcome page: language, own domains, sites, demo data — then the dashboard in that language', async () => {
  const { context, url, welcome, close } = await launchWithExtension({ keepWelcome: true, profilePrefix: 'keyside-welcome-' });
  try {
    expect(welcome, 'the install opened the welcome page').toBeDefined();
    const page = welcome!;
    await expect(page.getByTestId('welcome-step-title')).toHaveText(en.welcomeStepLanguage!.message);
    // The step's heading has focus: a keyboard user starts at the top of the step.
    await expect(page.getByTestId('welcome-step-title')).toBeFocused();

    // Russian over the English browser: the page reloads in Russian and stays on this step.
    await page.getByTestId('ui-language').selectOption('ru');
    await expect(page.getByTestId('welcome-step-title')).toHaveText(ru.welcomeStepLanguage!.message);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');

    // Own domains, by keyboard: Tab leaves the field (saves), Enter on Next moves on.
    await page.getByTestId('welcome-next').click();
    await expect(page.getByTestId('welcome-step-title')).toHaveText(ru.welcomeStepCompany!.message);
    await page.getByTestId('welcome-own-domains').fill('no-dots');
    await page.getByTestId('welcome-own-domains').blur();
    await expect(page.getByRole('alert')).toHaveText(ru.errorBadDomain!.message.replace('$1', 'no-dots'));
    await page.getByTestId('welcome-own-domains').fill('mycompany.example\nmycompany-group.example');
    await page.keyboard.press('Tab');
    await expect(page.getByTestId('welcome-own-domains-saved')).toBeVisible();
    // Tab on past Back to Next.
    await page.keyboard.press('Tab');
    await expect(page.getByTestId('welcome-next')).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('welcome-step-title')).toHaveText(ru.welcomeStepSites!.message);
    await expect(page.getByTestId('crm-sites')).toBeVisible();
    await expect(page.getByTestId('webmail-hosts')).toBeVisible();

    await page.getByTestId('welcome-next').click();
    await expect(page.getByTestId('welcome-step-title')).toHaveText(ru.welcomeStepData!.message);
    await page.getByTestId('welcome-load-demo').click();
    await expect(page.getByTestId('welcome-step-title')).toHaveText(ru.welcomeStepDone!.message);

    // The dashboard opens in Russian with the demo dossiers; Settings kept the domains and offers the language.
    const dash = await context.newPage();
    await dash.goto(`${url('dashboard.html')}#/accounts`);
    await expect(dash.getByTestId('account-row').filter({ hasText: 'Acme Logistics' })).toHaveCount(1);
    await expect(dash.getByRole('link', { name: ru.navSettings!.message })).toBeVisible();
    await dash.goto(`${url('dashboard.html')}#/settings`);
    await expect(dash.getByTestId('matching-settings')).toContainText('mycompany.example, mycompany-group.example');
    await expect(dash.getByTestId('ui-language')).toHaveValue('ru');
    // Back to the browser's language from Settings.
    await dash.getByTestId('ui-language').selectOption('browser');
    await expect(dash.getByRole('link', { name: en.navSettings!.message })).toBeVisible();
  } finally {
    await close();
  }
});

test('every welcome step can be skipped: the dashboard then starts empty, with demo and import offered', async () => {
  const { context, url, welcome, close } = await launchWithExtension({ keepWelcome: true, profilePrefix: 'keyside-welcome-' });
  try {
    const page = welcome!;
    for (const title of ['welcomeStepCompany', 'welcomeStepSites', 'welcomeStepData', 'welcomeStepDone']) {
      await page.getByTestId('welcome-next').click();
      await expect(page.getByTestId('welcome-step-title')).toHaveText(en[title]!.message);
    }
    await expect(page.getByTestId('welcome-next')).toHaveCount(0);
    const dash = await context.newPage();
    await dash.goto(`${url('dashboard.html')}#/accounts`);
    await expect(dash.getByTestId('accounts-empty')).toBeVisible();
    await expect(dash.getByTestId('load-demo')).toBeVisible();
  } finally {
    await close();
  }
});
