import { beginCapture } from '@/lib/capture/begin';
import type { extractFromTab } from '@/lib/capture/extract-run';
import type { FrameExtract } from '@/lib/capture/in-page';
import { CaptureStore } from '@/lib/capture/store';

const page = { title: 'P', url: 'https://p.example/' };
const frame = (over: Partial<FrameExtract>): FrameExtract => ({ top: true, selection: null, page, link: null, ...over });

describe('beginCapture', () => {
  it('auto: reads the selection first and runs the page reader only when nothing is selected', async () => {
    const store = new CaptureStore(undefined);
    const openDialog = vi.fn(async () => {});
    const extract = vi
      .fn<typeof extractFromTab>()
      .mockResolvedValueOnce({ frames: [frame({})], frameIds: [0] })
      .mockResolvedValueOnce({ frames: [frame({ page: { ...page, excerpt: 'Excerpt', text: 'Excerpt' } })], frameIds: [0] });
    const p = await beginCapture(
      { store, openDialog, extract, newId: () => 'cap-00000042' },
      { tabId: 5, mode: 'auto', fallback: {} },
    );
    expect(extract.mock.calls.map((c) => c[1])).toEqual([{ wantPage: false, linkUrl: undefined }, { wantPage: true }]);
    expect(p).toMatchObject({ id: 'cap-00000042', mode: 'page', text: 'Excerpt', tabId: 5 });
    expect(openDialog).toHaveBeenCalledWith('cap-00000042');
    expect(await store.get('cap-00000042')).toEqual(p);
  });

  it('a selection found on the first pass is enough; a script failure falls back to the menu data', async () => {
    const store = new CaptureStore(undefined);
    const extract = vi
      .fn<typeof extractFromTab>()
      .mockResolvedValueOnce({ frames: [frame({ selection: { text: 'hi', truncated: false, bytes: 2 } })], frameIds: [0] });
    const p = await beginCapture({ store, openDialog: async () => {}, extract }, { tabId: 5, mode: 'auto', fallback: {} });
    expect(extract).toHaveBeenCalledTimes(1);
    expect(p.text).toBe('hi');
    const failing = vi.fn().mockResolvedValue(null);
    const q = await beginCapture(
      { store, openDialog: async () => {}, extract: failing },
      { tabId: 5, mode: 'selection', fallback: { selectionText: 'menu', pageUrl: 'https://q.example/' } },
    );
    expect(q).toMatchObject({ text: 'menu', source: { url: 'https://q.example/' } });
  });
});
