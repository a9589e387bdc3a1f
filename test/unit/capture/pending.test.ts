import { buildPending, type PendingInput } from '@/lib/capture/pending';
import type { FrameExtract } from '@/lib/capture/in-page';

const base: Omit<PendingInput, 'frames' | 'mode'> = {
  id: 'cap-00000001',
  capturedAt: '2026-11-23T10:00:00.000Z',
  tabId: 7,
  fallback: {},
};
const page = { title: 'Acme news', url: 'https://news.acme.example/a' };
const frame = (over: Partial<FrameExtract>): FrameExtract => ({ top: true, selection: null, page, link: null, ...over });
const sel = (text: string) => ({ text, truncated: false, bytes: text.length });

describe('buildPending: what a capture gesture turns into', () => {
  it('a selection keeps its text, truncation and the page as source', () => {
    const p = buildPending({
      ...base,
      mode: 'selection',
      frames: [frame({ selection: { text: 'big…', truncated: true, bytes: 150_000 } })],
    });
    expect(p).toMatchObject({
      mode: 'selection',
      text: 'big…',
      truncated: true,
      bytes: 150_000,
      source: page,
      pageUrl: page.url,
      tabId: 7,
    });
  });

  it("the right-clicked frame's selection wins over the top frame's", () => {
    const frames = [frame({ selection: sel('top words') }), frame({ top: false, page: null, selection: sel('frame words') })];
    const p = buildPending({ ...base, mode: 'selection', frames, frameId: 12, frameIds: [0, 12] });
    expect(p.text).toBe('frame words');
    expect(p.source.url).toBe(page.url);
  });

  it("when the page cannot be scripted, the menu's selection text and the tab's title/URL are used", () => {
    const p = buildPending({
      ...base,
      mode: 'selection',
      frames: null,
      fallback: { selectionText: 'menu text', pageUrl: 'https://x.example/', pageTitle: 'X' },
    });
    expect(p).toMatchObject({ mode: 'selection', text: 'menu text', source: { url: 'https://x.example/', title: 'X' } });
  });

  it('auto with no selection becomes a page capture: the excerpt, with the main text on offer', () => {
    const facts = { ...page, excerpt: 'First paragraph.', text: 'First paragraph.\n\nSecond.', truncated: false, bytes: 26 };
    const p = buildPending({ ...base, mode: 'auto', frames: [frame({ page: facts })] });
    expect(p).toMatchObject({ mode: 'page', text: 'First paragraph.', fullText: 'First paragraph.\n\nSecond.', source: page });
  });

  it('a page whose main text is its excerpt offers no separate full text', () => {
    const facts = { ...page, excerpt: 'Only this.', text: 'Only this.' };
    expect(
      buildPending({ ...base, mode: 'page', frames: [frame({ page: facts, selection: sel('ignored') })] }).fullText,
    ).toBeUndefined();
  });

  it('a safe link becomes the source; an unsafe one keeps its words and the page as source', () => {
    const safe = buildPending({
      ...base,
      mode: 'link',
      frames: [frame({ link: { url: 'https://acme.example/p', text: 'Press release' } })],
    });
    expect(safe).toMatchObject({
      mode: 'link',
      text: 'Press release',
      source: { url: 'https://acme.example/p', title: 'Press release' },
    });
    const unsafe = buildPending({ ...base, mode: 'link', frames: [frame({ link: { url: null, text: 'claim it' } })] });
    expect(unsafe).toMatchObject({ mode: 'link', text: 'claim it', source: page });
  });

  it('a very long page title is clipped for the source', () => {
    const p = buildPending({
      ...base,
      mode: 'selection',
      frames: [frame({ page: { title: 'T'.repeat(3000), url: page.url }, selection: sel('x') })],
    });
    expect(Array.from(p.source.title).length).toBeLessThanOrEqual(501);
  });
});
