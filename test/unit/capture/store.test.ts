import type { PendingCapture } from '@/lib/capture/pending';
import { CaptureStore, type SessionArea } from '@/lib/capture/store';

function fakeSession(): SessionArea & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>();
  return {
    data,
    get: async (key) => (data.has(key) ? { [key]: data.get(key) } : {}),
    set: async (items) => Object.entries(items).forEach(([k, v]) => data.set(k, v)),
    remove: async (keys) => [keys].flat().forEach((k) => data.delete(k)),
  };
}

const capture = (id: string): PendingCapture => ({
  id,
  mode: 'selection',
  text: 'words',
  truncated: false,
  bytes: 5,
  source: { url: 'https://a.example/', title: 'A' },
  capturedAt: '2026-11-23T10:00:00.000Z',
  pageUrl: 'https://a.example/',
  tabId: 1,
});

describe('CaptureStore', () => {
  it('survives a worker restart through storage.session', async () => {
    const session = fakeSession();
    await new CaptureStore(session).put(capture('cap-aaaaaaaa'));
    const restarted = new CaptureStore(session);
    expect((await restarted.get('cap-aaaaaaaa'))?.text).toBe('words');
    await restarted.delete('cap-aaaaaaaa');
    expect(await restarted.get('cap-aaaaaaaa')).toBeUndefined();
    expect(session.data.size).toBe(0);
  });

  it('keeps at most 20 pending captures, dropping the oldest', async () => {
    const session = fakeSession();
    const store = new CaptureStore(session);
    for (let i = 0; i < 25; i += 1) await store.put(capture(`cap-${String(i).padStart(8, '0')}`));
    expect(await store.get('cap-00000000')).toBeUndefined();
    expect(await store.get('cap-00000024')).toBeDefined();
    expect(session.data.size).toBe(20);
  });

  it('works without storage.session and ignores malformed stored values', async () => {
    const store = new CaptureStore(undefined);
    await store.put(capture('cap-bbbbbbbb'));
    expect(await store.get('cap-bbbbbbbb')).toBeDefined();
    const session = fakeSession();
    session.data.set('capture:cap-cccccccc', { id: 'cap-cccccccc' });
    expect(await new CaptureStore(session).get('cap-cccccccc')).toBeUndefined();
  });
});
