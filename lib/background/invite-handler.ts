import { z } from 'zod';
import { parseIcsInvite } from '@/lib/io/ics-parse';
import type { InviteText } from '@/lib/messaging/protocol';
import type { TabStates } from './tab-state';

/** The content script caps the file at 256 KB of bytes; UTF-16 length never exceeds that. */
const InviteTextSchema = z.object({
  url: z.string().url().max(4000),
  text: z.string().max(256 * 1024),
});

/**
 * Handles 'inviteText' from our content script (the caller checked the sender): parses the
 * iCalendar text and keeps the invitation with the tab. Unreadable or cancelled invitations
 * are dropped — the panel then offers nothing rather than a wrong meeting.
 */
export function acceptInviteText(tabs: TabStates, tabId: number, senderUrl: string | undefined, data: InviteText | unknown): boolean {
  const parsed = InviteTextSchema.safeParse(data);
  if (!parsed.success || !sameOrigin(parsed.data.url, senderUrl)) return false;
  try {
    const invite = parseIcsInvite(parsed.data.text);
    if (invite.method?.toUpperCase() === 'CANCEL' || invite.status?.toUpperCase() === 'CANCELLED') return false;
    tabs.setInvite(tabId, { url: parsed.data.url, invite });
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
