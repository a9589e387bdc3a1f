import { panelAccountOf, suggestAccounts } from '@/lib/capture/suggest';
import { PageContext } from '@/lib/schema';
import { seededDb } from './seeded-capture';

const NOW = '2026-11-23T12:00:00.000Z';

describe('suggestAccounts: which dossier a capture goes to', () => {
  it("the page's domain first (most specific first), then the panel's, then recent ones; each once", async () => {
    const db = await seededDb();
    const list = await suggestAccounts(db, {
      urls: ['https://www.news.acme.example/kotka'],
      panelAccountId: 'tbilisi',
      now: NOW,
    });
    expect(list.map((a) => [a.id, a.reason])).toEqual([
      ['acme-news', 'domain'],
      ['acme', 'domain'],
      ['tbilisi', 'panel'],
      ['sever', 'recent'],
    ]);
    expect(list[1]?.competitors).toEqual([{ id: 'nord', name: 'NordFreight' }]);
  });

  it("a page of no client: the panel's dossier, then recent by last contact, future entries ignored", async () => {
    const db = await seededDb();
    const list = await suggestAccounts(db, { urls: ['https://unrelated.example/'], panelAccountId: null, now: NOW });
    expect(list.map((a) => a.id)).toEqual(['sever', 'acme', 'tbilisi']);
    expect(list.every((a) => a.reason === 'recent')).toBe(true);
  });

  it("a captured link's domain counts too; non-web URLs give nothing; the limit holds", async () => {
    const db = await seededDb();
    const list = await suggestAccounts(db, {
      urls: ['about:blank', 'https://severny.example/news'],
      panelAccountId: 'gone',
      limit: 2,
      now: NOW,
    });
    expect(list.map((a) => [a.id, a.reason])).toEqual([
      ['sever', 'domain'],
      ['acme', 'recent'],
    ]);
  });
});

describe('panelAccountOf: the dossier open in the panel on the tab', () => {
  it("is the user's pin when there is one", async () => {
    expect(await panelAccountOf(await seededDb(), { pinnedAccountId: 'sever' })).toBe('sever');
  });

  it("else the first match of the page's people; nothing for a page without people", async () => {
    const db = await seededDb();
    const ctx = PageContext.parse({
      site: 'gmail',
      url: 'https://mail.google.com/',
      status: 'message',
      people: [{ email: 'anna@acme.example', role: 'from' }],
    });
    expect(await panelAccountOf(db, { pinnedAccountId: null, context: ctx })).toBe('acme');
    expect(await panelAccountOf(db, { pinnedAccountId: null, context: { ...ctx, status: 'none' } })).toBeNull();
    expect(await panelAccountOf(db, { pinnedAccountId: null })).toBeNull();
  });
});
