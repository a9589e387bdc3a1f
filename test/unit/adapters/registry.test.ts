// @vitest-environment happy-dom
import { genericAdapter } from '@/lib/adapters/generic';
import { builtInAdapters, findAdapter } from '@/lib/adapters/registry';
import { adapterFromRule } from '@/lib/adapters/site-rule';
import type { SiteAdapter } from '@/lib/adapters/types';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadFixture, loadPage } from './fixtures';

/** Every golden page's URL (`<name>.expected.json`), by fixture folder. */
function fixtureUrls(site: string): string[] {
  const dir = resolve(__dirname, '../../fixtures', site);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.expected.json'))
    .map((f) => (JSON.parse(readFileSync(resolve(dir, f), 'utf8')) as { url: string }).url);
}

const crmRule = adapterFromRule({ id: 'crm', name: 'CRM', urlPattern: 'https://crm.example.com/*', emailSelector: '.email' });
/** Every adapter with a URL domain of its own. The generic adapter accepts any page by design. */
const specific: SiteAdapter[] = [...builtInAdapters, crmRule];

describe('adapter registry (docs/architecture.md, convention 2)', () => {
  it.each(specific.map((a) => [a.name, a] as const))('%s accepts its own samples', (_name, adapter) => {
    expect(adapter.samples.accepts.length).toBeGreaterThan(0);
    for (const sample of adapter.samples.accepts) expect(adapter.matchesUrl(new URL(sample)), sample).toBe(true);
  });

  it.each(specific.map((a) => [a.name, a] as const))("%s rejects every other adapter's samples", (_name, adapter) => {
    for (const other of specific) {
      if (other === adapter) continue;
      for (const sample of other.samples.accepts)
        expect(adapter.matchesUrl(new URL(sample)), `${other.name}: ${sample}`).toBe(false);
    }
  });

  it("every other adapter rejects the Outlook pages' URLs, and Outlook rejects the other sites' pages", () => {
    const outlook = fixtureUrls('outlook');
    expect(outlook.length).toBeGreaterThanOrEqual(10);
    for (const adapter of specific.filter((a) => a.name !== 'outlook'))
      for (const url of outlook) expect(adapter.matchesUrl(new URL(url)), `${adapter.name}: ${url}`).toBe(false);
    const mail = specific.find((a) => a.name === 'outlook');
    for (const site of ['gmail', 'roundcube', 'generic', 'calendar-google', 'calendar-outlook'])
      for (const url of fixtureUrls(site)) expect(mail?.matchesUrl(new URL(url)), `${site}: ${url}`).toBe(false);
  });

  it('has unique names', () => {
    const names = specific.map((a) => a.name);
    expect(new Set(names).size).toBe(names.length);
  });
});

/** Every golden page with an expected context, as [site folder, page name]. */
const FIXTURE_ROOT = resolve(__dirname, '../../fixtures');
const goldenPages: [string, string][] = readdirSync(FIXTURE_ROOT, { withFileTypes: true })
  .filter((dir) => dir.isDirectory())
  .flatMap((dir) =>
    readdirSync(resolve(FIXTURE_ROOT, dir.name))
      .filter((file) => file.endsWith('.expected.json'))
      .map((file): [string, string] => [dir.name, file.replace(/\.expected\.json$/, '')]),
  );

describe("every adapter rejects every other host's golden pages", () => {
  it('finds golden pages of several hosts', () => {
    expect(new Set(goldenPages.map(([site]) => site)).size).toBeGreaterThanOrEqual(5);
  });

  it.each(goldenPages)('%s/%s', (site, name) => {
    const { doc, url, expected } = loadFixture(site, name);
    expect(expected.site).toBe(site);
    for (const adapter of builtInAdapters) {
      if (adapter.name === site) continue;
      expect(adapter.matchesUrl(url), `${adapter.name} by URL`).toBe(false);
      expect(adapter.matchesDocument?.(doc) ?? false, `${adapter.name} by page`).toBe(false);
    }
    // The page's own adapter is the one chosen; a generic page has none among the built-ins.
    expect(findAdapter(url, doc)?.name).toBe(site === 'generic' ? undefined : site);
  });
});

describe('findAdapter', () => {
  const gmail = loadPage('gmail', '2026-11-thread');
  const roundcube = loadPage('roundcube', '2026-11-show');
  const plain = loadPage('generic', '2026-11-contacts');

  it('picks Gmail and Outlook by URL', () => {
    expect(findAdapter(new URL('https://mail.google.com/mail/u/0/#inbox'), gmail)?.name).toBe('gmail');
    expect(findAdapter(new URL('https://outlook.office.com/mail/inbox'), plain)?.name).toBe('outlook');
    // Outlook's calendar routes belong to the calendar adapter, never to the mail one.
    expect(findAdapter(new URL('https://outlook.office.com/calendar/view/week'), plain)?.name).toBe('calendar-outlook');
  });

  it('picks Roundcube by its DOM on any host', () => {
    expect(findAdapter(new URL('https://webmail.example.org/'), roundcube)?.name).toBe('roundcube');
    expect(findAdapter(new URL('http://127.0.0.1:8000/?_task=mail'), plain)).toBeUndefined();
  });

  it('never picks the generic adapter unless passed, and then only as the last resort', () => {
    const url = new URL('https://www.acme-logistics.example/contacts');
    expect(findAdapter(url, plain)).toBeUndefined();
    expect(findAdapter(url, plain, [genericAdapter])?.name).toBe('generic');
    expect(findAdapter(new URL('https://webmail.example.org/'), roundcube, [genericAdapter])?.name).toBe('roundcube');
    expect(findAdapter(new URL('https://mail.google.com/mail/u/0/'), gmail, [genericAdapter])?.name).toBe('gmail');
  });

  it("tries the user's site rules after the built-in URL adapters, before DOM recognition", () => {
    const rule = adapterFromRule({
      id: 'rc',
      name: 'My webmail',
      urlPattern: 'https://webmail.example.org/*',
      emailSelector: 'a',
    });
    expect(findAdapter(new URL('https://webmail.example.org/'), roundcube, [rule])?.name).toBe('rule:rc');
    const greedy = adapterFromRule({ id: 'all', name: 'All', urlPattern: '*://*/*', emailSelector: 'a' });
    expect(findAdapter(new URL('https://mail.google.com/mail/u/0/'), gmail, [greedy])?.name).toBe('gmail');
  });

  it('survives an adapter whose checks throw', () => {
    const broken: SiteAdapter = {
      name: 'broken',
      samples: { accepts: [] },
      matchesUrl: () => {
        throw new Error('boom');
      },
      read: () => ({ site: 'broken', url: '', status: 'none' }),
    };
    expect(findAdapter(new URL('https://x.example/'), plain, [broken])).toBeUndefined();
  });
});
