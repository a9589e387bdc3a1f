import { CAPTURE_MENUS, createCaptureMenus, menuMode } from '@/lib/background/capture/menus';

describe('capture context menu', () => {
  it('one item per context, each mapped to what it captures', () => {
    expect(CAPTURE_MENUS.map((m) => [m.contexts[0], m.mode])).toEqual([
      ['selection', 'selection'],
      ['link', 'link'],
      ['page', 'page'],
    ]);
    expect(menuMode('keyside-capture-link')).toBe('link');
    expect(menuMode('someone-else')).toBeUndefined();
  });

  it('recreates its items after clearing the old ones, titles through i18n', async () => {
    const calls: string[] = [];
    const menus = {
      removeAll: vi.fn(async () => void calls.push('removeAll')),
      create: vi.fn((props: { id: string; title: string }) => void calls.push(props.id)),
    };
    (browser as unknown as { contextMenus: typeof menus }).contextMenus = menus;
    const getMessage = vi.spyOn(browser.i18n, 'getMessage').mockImplementation((key: string) => `«${key}»`);
    await createCaptureMenus();
    getMessage.mockRestore();
    expect(calls).toEqual(['removeAll', 'keyside-capture-selection', 'keyside-capture-link', 'keyside-capture-page']);
    expect(menus.create.mock.calls[0]?.[0]).toMatchObject({ contexts: ['selection'], title: '«captureMenuSelection»' });
  });
});
