import { parseIcsInvite } from '@/lib/io/ics-parse';
import type { InviteText } from '@/lib/messaging/content-to-worker';
import type { TabStates } from './tab-state';

/**
 * Handles 'inviteText' from our content script (handle() checked the sender and the data's
 * shape and size, lib/messaging/content-to-worker.ts): parses the
 * iCalendar text and keeps the invitation with the tab. Unreadable or cancelled invitations
 * are dropped — the panel then offers nothing rather than a wrong meeting.
 */
export function acceptInviteText(tabs: TabStates, tabId: number, senderUrl: string | undefined, data: InviteText): boolean {
  if (!sameOrigin(data.url, senderUrl)) return false;
  try {
    const invite = parseIcsInvite(data.text);
    if (invite.method?.toUpperCase() === 'CANCEL' || invite.status?.toUpperCase() === 'CANCELLED') return false;
    tabs.setInvite(tabId, { url: data.url, invite });
    return true;
  } catch {
    return false;
  }
}

/** The file must come from the page that sent it, as the content script promised. */
function sameOrigin(url: string, senderUrl: string | undefined): boolean {
  try {
    return new URL(url).origin === new URL(senderUrl ?? '').origin;
  } catch {
    return false;
  }
}
