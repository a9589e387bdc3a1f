import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  firstScreenRead,
  readFirstScreenEarly,
  rememberedFirstScreen,
  rememberFirstScreen,
} from '@/components/dashboard/first-screen';
import { portfolioRows } from '@/lib/db/queries/portfolio';
import { importBackupText } from '@/lib/io/backup-db';
import { demoBackup } from '@/lib/demo/demo-data';
import { testDb } from '../db/test-db';

const KEY = 'keyside.portfolio.firstScreen';
const store = new Map<string, string>();

beforeEach(() => {
  store.clear();
  (globalThis as { localStorage?: Pick<Storage, 'getItem' | 'setItem'> }).localStorage = {
    getItem: (k) => store.get(k) ?? null,
    setItem: (k, v) => void store.set(k, v),
  };
});
afterEach(() => {
  delete (globalThis as { localStorage?: unknown }).localStorage;
});

describe('the portfolio first screen remembered between visits', () => {
  it('keeps a screen and a half of accounts in order, and the tags in use', () => {
    const ids = Array.from({ length: 40 }, (_, i) => `a${i}`);
    rememberFirstScreen(ids, ['vip', 'опт']);
    expect(rememberedFirstScreen()).toEqual({ ids: ids.slice(0, 30), tags: ['vip', 'опт'] });
  });

  it('reads a list remembered before the tags were (ids alone), and nothing from garbage', () => {
    store.set(KEY, JSON.stringify(['a', 7, 'b']));
    expect(rememberedFirstScreen()).toEqual({ ids: ['a', 'b'], tags: undefined });
    store.set(KEY, '{not json');
    expect(rememberedFirstScreen()).toEqual({ ids: [] });
    store.set(KEY, 'null');
    expect(rememberedFirstScreen()).toEqual({ ids: [], tags: undefined });
  });

  it('reads the remembered accounts in their remembered order, with the remembered tags', async () => {
    const db = testDb(`first-screen-${Math.random()}`);
    const now = new Date('2026-12-01T12:00:00.000Z');
    await importBackupText(db, JSON.stringify(demoBackup(now)));
    rememberFirstScreen(['demo-tbilisi', 'demo-acme'], ['remembered']);
    readFirstScreenEarly(db);
    const data = await firstScreenRead(db, rememberedFirstScreen());
    expect(data.accounts.map((a) => a.id)).toEqual(['demo-tbilisi', 'demo-acme']);
    // The tag filter's options as remembered, until the whole list's read brings the table's.
    expect(data.tags).toEqual(['remembered']);
    expect(portfolioRows(data, '', 'name', now, 'UTC').total).toBe(4);
    // Other ids than the early read's: read anew, not the early answer.
    const other = await firstScreenRead(db, { ids: ['demo-acme'] });
    expect(other.accounts.map((a) => a.id)).toEqual(['demo-acme']);
  });
});
