import { readFileSync } from 'node:fs';
import { expect, test as base, type BrowserContext } from '@playwright/test';
import { importThroughDashboard, launchWithExtension } from './extension';

/** The browser in Russian: chrome.i18n.getUILanguage() answers 'ru', as for a Russian user. */
const test = base.extend<object, { ru: { context: BrowserContext; url: (path: string) => string } }>({
  ru: [
    async ({}, use) => {
      const { context, url, close } = await launchWithExtension({ args: ['--lang=ru'] });
      await use({ context, url });
      await close();
    },
    { scope: 'worker' },
  ],
});

interface TemplateFile {
  templates: { meetingType: string; name: string; items: { id: string; text: string }[] }[];
}
const file = (locale: string) => JSON.parse(readFileSync(`lib/checklists/templates/${locale}.json`, 'utf8')) as TemplateFile;
const complaintIn = (locale: string) => file(locale).templates.find((t) => t.meetingType === 'complaint')!;

test('default checklist items follow the browser language; an edited item keeps its text', async ({ ru }) => {
  const page = await ru.context.newPage();
  await page.goto(`${ru.url('dashboard.html')}#/templates`);
  const ruComplaint = complaintIn('ru');
  const row = page.getByTestId('template').filter({ hasText: ruComplaint.name });
  await expect(row).toHaveCount(1);
  await row.getByTestId('template-edit').click();
  await expect(page.getByTestId('template-item-text').first()).toHaveValue(ruComplaint.items[0]!.text);

  // The same built-in stored in English (seeded before the language changed), one item edited.
  const en = complaintIn('en');
  const stored = {
    id: 'builtin:complaint',
    name: en.name,
    meetingType: 'complaint',
    items: en.items.map((i, n) => (n === 1 ? { ...i, text: 'Our own wording for this step' } : i)),
    remindBeforeMin: 30,
    order: 5,
    builtIn: true,
    locale: 'en',
  };
  const backup = { format: 'keyside-backup', version: 1, checklistTemplates: [stored] };
  await importThroughDashboard(page, ru.url('dashboard.html'), {
    name: 'english-templates.json',
    buffer: Buffer.from(JSON.stringify(backup)),
  });

  await page.goto(`${ru.url('dashboard.html')}#/templates`);
  const shown = page.getByTestId('template').filter({ hasText: ruComplaint.name });
  await expect(shown).toHaveCount(1);
  await shown.getByTestId('template-edit').click();
  const texts = page.getByTestId('template-item-text');
  await expect(texts.nth(0)).toHaveValue(ruComplaint.items[0]!.text);
  await expect(texts.nth(1)).toHaveValue('Our own wording for this step');
  await expect(texts.nth(2)).toHaveValue(ruComplaint.items[2]!.text);
  await page.close();
});
