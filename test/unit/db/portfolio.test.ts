import { beforeEach, describe, expect, it } from 'vitest';
import type { AppDB } from '@/lib/db/app-db';
import { portfolio, portfolioData, portfolioDataOf, portfolioRows } from '@/lib/db/queries/portfolio';
import { addInteraction } from '@/lib/db/repos/interactions';
import { createPlanFigure } from '@/lib/db/repos/plan-figures';
import { Account, PlanFigure } from '@/lib/schema';
import { demoBackup } from '@/lib/demo/demo-data';
import { importBackupText } from '@/lib/io/backup-db';
import { testDb } from './test-db';

let db: AppDB;
const now = new Date('2026-12-01T12:00:00.000Z');

beforeEach(async () => {
  db = testDb(`portfolio-${Math.random()}`);
  await importBackupText(db, JSON.stringify(demoBackup(now)));
});

const ids = (p: { rows: { account: { id: string } }[] }) => p.rows.map((r) => r.account.id);

describe('portfolio', () => {
  it('shows per account the last contact, next meeting, follow-ups, complaints and cadence', async () => {
    const p = await portfolio(db, {}, 'name', now, 'UTC');
    const acme = p.rows.find((r) => r.account.id === 'demo-acme');
    expect(acme).toMatchObject({ openTasks: 2, overdueTasks: 1, openComplaints: 0, cadenceSlipping: false });
    expect(acme?.lastContactAt).toBe(demoBackup(now).interactions.find((i) => i.id === 'demo-i3')?.at);
    expect(Date.parse(acme?.nextMeetingAt ?? '')).toBeGreaterThan(now.getTime());
    expect(p.rows.find((r) => r.account.id === 'demo-tbilisi')).toMatchObject({ openComplaints: 1, overdueTasks: 0 });
    // Cadence 30 days, last contact 40 days ago.
    expect(p.rows.find((r) => r.account.id === 'demo-pohjoinen')).toMatchObject({ cadenceSlipping: true, openTasks: 0 });
    expect(p.total).toBe(4);
  });

  it('sorts by needs attention: overdue, then complaint, then cadence, then the rest', async () => {
    expect(ids(await portfolio(db, {}, 'attention', now, 'UTC'))).toEqual([
      'demo-acme',
      'demo-tbilisi',
      'demo-pohjoinen',
      'demo-sever',
    ]);
  });

  it('sorts by last contact, longest without contact first, and a future-dated entry is not a contact', async () => {
    await addInteraction(db, { accountId: 'demo-pohjoinen', at: '2026-12-20T10:00:00.000Z', kind: 'event' });
    const p = await portfolio(db, {}, 'lastContact', now, 'UTC');
    expect(ids(p)[0]).toBe('demo-pohjoinen');
    expect(p.rows[0]?.lastContactAt).toBe(demoBackup(now).interactions.find((i) => i.id === 'demo-i6')?.at);
  });

  it("paints the first screen from a few accounts' reads with the same figures as the whole list", async () => {
    await addInteraction(db, { accountId: 'demo-pohjoinen', at: '2026-12-20T10:00:00.000Z', kind: 'event' });
    const whole = await portfolio(db, {}, 'attention', now, 'UTC');
    const first = portfolioRows(
      await portfolioDataOf(db, ['demo-tbilisi', 'demo-acme', 'demo-gone'], now),
      '',
      'attention',
      now,
      'UTC',
    );
    // In the whole list's order, the account that no longer exists skipped; the totals are the table's.
    expect(ids(first)).toEqual(['demo-acme', 'demo-tbilisi']);
    expect(first.rows).toEqual(whole.rows.filter((r) => r.account.id === 'demo-acme' || r.account.id === 'demo-tbilisi'));
    expect(first.total).toBe(4);
    expect(first.tags).toEqual(whole.tags);
    const pohjoinen = portfolioRows(await portfolioDataOf(db, ['demo-pohjoinen'], now), '', 'name', now, 'UTC');
    expect(pohjoinen.rows).toEqual(whole.rows.filter((r) => r.account.id === 'demo-pohjoinen'));
  });

  it('filters by stage and tag', async () => {
    expect(ids(await portfolio(db, { stage: 'active' }, 'name', now, 'UTC')).sort()).toEqual(['demo-pohjoinen', 'demo-tbilisi']);
    expect(ids(await portfolio(db, { tag: 'VIP' }, 'name', now, 'UTC'))).toEqual(['demo-acme']);
    // The text filter works on what was read, by name, domain or tag.
    const data = await portfolioData(db, { stage: 'active' }, now);
    expect(ids(portfolioRows(data, 'wine', 'name', now, 'UTC'))).toEqual(['demo-tbilisi']);
    expect(portfolioRows(data, 'nobody-matches', 'name', now, 'UTC').rows).toEqual([]);
  });

  it('sorts by gap to plan: furthest behind first, accounts without figures last, and shows the gap', async () => {
    // The demo: Acme at 64 % of its sales plan for the last quarter (lib/demo/demo-data.ts).
    await createPlanFigure(db, {
      accountId: 'demo-pohjoinen',
      measure: 'sales',
      period: '2026-Q3',
      plan: 200,
      actual: 100,
      currency: 'EUR',
    });
    // Tbilisi is ahead in its latest quarter, though an older quarter was far behind.
    await createPlanFigure(db, {
      accountId: 'demo-tbilisi',
      measure: 'sales',
      period: '2026-Q1',
      plan: 100,
      actual: 10,
      currency: 'GEL',
    });
    await createPlanFigure(db, {
      accountId: 'demo-tbilisi',
      measure: 'sales',
      period: '2026-Q3',
      plan: 100,
      actual: 110,
      currency: 'GEL',
    });
    const p = await portfolio(db, {}, 'planGap', now, 'UTC');
    expect(ids(p)).toEqual(['demo-pohjoinen', 'demo-acme', 'demo-tbilisi', 'demo-sever']);
    expect(p.rows.map((r) => r.planGap?.gap.percent ?? null)).toEqual([-50, -36, 10, null]);
    expect(p.rows[1]?.planGap?.figure).toMatchObject({ measure: 'sales', period: '2026-Q3', currency: 'EUR' });
  });

  it('works out the gap of 10,000 accounts from one read of the figures, without per-account reads', () => {
    const accounts = Array.from({ length: 10_000 }, (_, i) =>
      Account.parse({ id: `a${i}`, name: `Account ${String(i).padStart(5, '0')}` }),
    );
    const planFigures = accounts.flatMap((a, i) =>
      ['2026-Q1', '2026-Q2', '2026-Q3'].map((period, q) =>
        PlanFigure.parse({
          id: `${a.id}-${q}`,
          accountId: a.id,
          measure: 'sales',
          period,
          plan: 1000,
          actual: (i % 1000) + q,
          currency: 'EUR',
        }),
      ),
    );
    const data = {
      accounts,
      total: accounts.length,
      tags: [],
      activity: new Map(),
      lastContact: new Map(),
      openTasks: [],
      meetings: [],
      planFigures,
    };
    const started = performance.now();
    const rows = portfolioRows(data, '', 'planGap', now, 'UTC').rows;
    expect(performance.now() - started).toBeLessThan(1000);
    // Actual 2 of 1000 in Q3 (account 0, 1000, 2000 …) is the furthest behind.
    expect(rows[0]?.planGap?.gap.percent).toBeCloseTo(-99.8);
    expect(rows[0]?.account.id).toBe('a0');
    expect(rows.at(-1)?.planGap?.gap.share).toBeCloseTo(100.1);
  });
});
