import { sendMessage } from '@/lib/messaging/protocol';

/**
 * The toolbar popup's "Capture" button: the same capture as the menu and the shortcut, on the
 * tab the popup was opened over (activeTab was granted by that click). Closes the popup; the
 * capture dialog opens in its own window.
 */
export async function captureFromPopup(): Promise<void> {
  try {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id !== undefined) await sendMessage('captureStart', { tabId: tab.id, mode: 'auto' });
  } finally {
    window.close();
  }
}
