/**
 * The popup's "Teach Keyside this page": injects the picker (entrypoints/teach-picker.ts) into
 * the tab the popup was opened over. The popup's opening granted activeTab for that tab, so no
 * broad permission is needed. Resolves false when the browser refuses (its own pages, the
 * extension store, PDF viewers): the popup then says Keyside cannot work there.
 */
export async function teachFromPopup(): Promise<boolean> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined || !/^https?:/i.test(tab.url ?? 'https:')) return false;
  try {
    await browser.scripting.executeScript({ target: { tabId: tab.id, frameIds: [0] }, files: ['/teach-picker.js'] });
    return true;
  } catch {
    return false;
  }
}
