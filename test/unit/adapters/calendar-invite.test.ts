// @vitest-environment happy-dom
import { isIcsAttachment, sameOriginUrl } from '@/lib/adapters/calendar-invite/link';
import { gmailAdapter } from '@/lib/adapters/gmail';
import { roundcubeAdapter } from '@/lib/adapters/roundcube';
import { PageContext } from '@/lib/schema/page-context';
import { loadPage } from './fixtures';

describe('invitation links in webmail', () => {
  it("Gmail: the open message's invite.ics chip gives a same-origin inviteUrl", () => {
    const doc = loadPage('invites', '2026-11-gmail-invite');
    const ctx = PageContext.parse(gmailAdapter.read(doc, new URL('https://mail.google.com/mail/u/0/#inbox/FMfcgzQbdemo')));
    expect(ctx.status).toBe('message');
    expect(ctx.inviteUrl).toBe(
      'https://mail.google.com/mail/u/0?ui=2&ik=a1b2c3d4e5&attid=0.1&permmsgid=msg-f:1849455566677788899&th=19a3f1c2d4b5e611&view=att&disp=safe&realattid=f_invite&zw',
    );
  });

  it('Gmail: a chip pointing at another origin is ignored', () => {
    const doc = loadPage('invites', '2026-11-gmail-invite');
    doc.querySelector('[download_url]')!.setAttribute('download_url', 'text/calendar:invite.ics:https://evil.example/invite.ics');
    expect(gmailAdapter.read(doc, new URL('https://mail.google.com/mail/u/0/#inbox/FMfcgzQbdemo')).inviteUrl).toBeUndefined();
  });

  it('Roundcube: the text/calendar attachment gives its raw download URL', () => {
    const doc = loadPage('invites', '2026-11-roundcube-invite');
    const url = new URL('http://127.0.0.1:8000/?_task=mail&_uid=42&_mbox=INBOX&_action=show');
    const ctx = readRoundcube(doc, url);
    expect(ctx.inviteUrl).toBe('http://127.0.0.1:8000/?_task=mail&_mbox=INBOX&_uid=42&_action=get&_part=2&_download=1');
  });

  it('pages without invitations read exactly as before (no inviteUrl key)', () => {
    const doc = loadPage('roundcube', '2026-11-show');
    expect('inviteUrl' in readRoundcube(doc, new URL('http://127.0.0.1:8000/?_task=mail&_uid=42&_mbox=INBOX&_action=show'))).toBe(
      false,
    );
  });

  it('recognises invitations by type or name, and only same-origin http(s) links', () => {
    expect(isIcsAttachment('text/calendar', 'x.bin')).toBe(true);
    expect(isIcsAttachment('application/octet-stream', 'Invite.ICS')).toBe(true);
    expect(isIcsAttachment('application/pdf', 'rates.pdf')).toBe(false);
    expect(sameOriginUrl('/a.ics', 'https://mail.google.com/x', 'https://mail.google.com')).toBe('https://mail.google.com/a.ics');
    expect(sameOriginUrl('javascript:alert(1)', 'https://mail.google.com/x', 'https://mail.google.com')).toBe('');
    expect(sameOriginUrl('https://other.example/a.ics', 'https://mail.google.com/x', 'https://mail.google.com')).toBe('');
  });
});

function readRoundcube(doc: Document, url: URL) {
  return PageContext.parse(roundcubeAdapter.read(doc, url));
}
