import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { applyRead, SiteHealthRecorder, WRITE_EVERY_MS } from '@/lib/background/site-health-recorder';
import type { AppDB } from '@/lib/db/app-db';
import { siteHealth } from '@/lib/db/queries/site-health';
import { browserOf, siteHealthReport } from '@/lib/io/site-health-report';
import { PageContext, type PageContextInput } from '@/lib/schema/page-context';
import { testDb } from '@/test/unit/db/test-db';

const FIXTURES = resolve(__dirname, '../../fixtures');
const expected = (file: string): PageContext =>
  PageContext.parse(JSON.parse(readFileSync(resolve(FIXTURES, file), 'utf8')) as unknown);

const ctx = (site: string, status: PageContextInput['status'], layout = ''): PageContext =>
  PageContext.parse({ site, url: `https://${site}.example/`, status, layout });

let db: AppDB;
let now: number;
let recorder: SiteHealthRecorder;
beforeEach(() => {
  db = testDb(`site-health-${Math.random()}`);
  now = Date.parse('2026-12-01T10:00:00.000Z');
  recorder = new SiteHealthRecorder(db, '1.4.0', () => new Date(now));
});

describe('recording what each site read', () => {
  it('keeps the last success, its layout, and the unrecognised reads since', () => {
    const at = (m: number) => new Date(Date.parse('2026-12-01T10:00:00.000Z') + m * 60_000);
    let h = applyRead(undefined, ctx('outlook', 'message', 'reading-pane'), at(0), '1.4.0');
    h = applyRead(h, ctx('outlook', 'none'), at(1), '1.4.0');
    h = applyRead(h, ctx('outlook', 'unrecognised'), at(2), '1.4.0');
    h = applyRead(h, ctx('outlook', 'unrecognised'), at(3), '1.4.0');
    expect(h).toMatchObject({
      counts: { message: 1, none: 1, unrecognised: 2 },
      layouts: { 'reading-pane': 1 },
      lastSuccessAt: at(0).toISOString(),
      lastLayout: 'reading-pane',
      unrecognisedSince: 2,
      lastStatus: 'unrecognised',
    });
    h = applyRead(h, ctx('outlook', 'message', 'full-page'), at(4), '1.4.0');
    expect(h).toMatchObject({ unrecognisedSince: 0, lastLayout: 'full-page', layouts: { 'reading-pane': 1, 'full-page': 1 } });
  });

  it('writes a site at most once a minute while nothing changes, at once when the status changes', async () => {
    const writes: number[] = [];
    db.kv.hook('creating', () => void writes.push(now));
    db.kv.hook('updating', () => void writes.push(now));
    await recorder.record(ctx('gmail', 'message', 'thread'));
    for (let i = 0; i < 5; i++) {
      now += 1000;
      await recorder.record(ctx('gmail', 'message', 'thread'));
    }
    expect(writes).toHaveLength(1);
    now += 1000;
    await recorder.record(ctx('gmail', 'unrecognised'));
    expect(writes).toHaveLength(2);
    now += WRITE_EVERY_MS;
    await recorder.record(ctx('gmail', 'unrecognised'));
    expect(writes).toHaveLength(3);
    const [gmail] = await siteHealth(db);
    expect(gmail).toMatchObject({
      site: 'gmail',
      counts: { message: 6, unrecognised: 2 },
      unrecognisedSince: 2,
      version: '1.4.0',
    });
  });

  it('a restarted worker carries on from what was stored', async () => {
    await recorder.record(ctx('outlook', 'message', 'reading-pane'));
    const again = new SiteHealthRecorder(db, '1.4.1', () => new Date(now + 5000));
    await again.record(ctx('outlook', 'unrecognised'));
    expect((await siteHealth(db))[0]).toMatchObject({ counts: { message: 1, unrecognised: 1 }, version: '1.4.1' });
  });
});

describe('the report', () => {
  it('holds ids, counts and times, and no name, address, subject or URL from the pages read', async () => {
    const pages = [
      expected('outlook/2026-11-reading-pane.expected.json'),
      expected('gmail/2026-11-thread.expected.json'),
      expected('roundcube/2026-11-show.expected.json'),
      expected('outlook/2026-11-changed-layout.expected.json'),
    ];
    // A context whose every field is full of personal data, even where ids belong.
    const hostile = PageContext.parse({
      ...pages[0],
      site: 'anna.petrova@acme-logistics.example',
      layout: 'Customs paperwork for shipment 4471',
    });
    for (const page of [...pages, { ...pages[0]!, layout: 'reading-pane' }, hostile]) await recorder.record(page);

    const report = siteHealthReport({
      extensionVersion: '1.4.0',
      browser: browserOf('Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36'),
      sites: await siteHealth(db),
      now: new Date(now),
    });
    expect(report).toContain('extension: 1.4.0');
    expect(report).toContain('browser: Chrome 140');
    expect(report).toContain('[outlook]');
    expect(report).toContain('[gmail]');
    expect(report).toContain('reading-pane=1');
    expect(report).toContain('(withheld)');

    const personal = pages.flatMap((p) => [
      p.subject,
      p.url,
      p.signature,
      p.messageId,
      p.threadId,
      ...p.people.flatMap((person) => [person.email, person.name, person.email.split('@')[1] ?? '']),
    ]);
    const leaks = personal.filter((s) => s.length > 3 && report.toLowerCase().includes(s.toLowerCase()));
    expect(leaks).toEqual([]);
    expect(report).not.toMatch(/@|https?:|Petrova|Customs/i);
  });

  it('names the browser by its major version only', () => {
    expect(browserOf('Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0')).toBe('Firefox 128');
    expect(browserOf('Mozilla/5.0 (Windows NT 10.0) AppleWebKit/537.36 Chrome/140.0 Safari/537.36 Edg/140.0')).toBe('Edge 140');
    expect(browserOf('')).toBe('unknown');
  });
});
