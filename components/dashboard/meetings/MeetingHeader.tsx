import type { ReactNode } from 'react';
import { formatDateTime, formatTime } from '@/lib/i18n/format';
import { t } from '@/lib/i18n/t';
import { SafeLink } from '@/components/ui/SafeLink';
import { useNow } from '@/components/ui/use-now';
import { isWebLink, typeLabel } from './type-options';
import type { MeetingPrep } from './use-meeting-prep';

/** Type, client, when and where, who: the meeting at a glance, with its actions. */
export function MeetingHeader({ prep, children }: { prep: MeetingPrep; children: ReactNode }) {
  const { meeting, account, attendees } = prep;
  const end = new Date(Date.parse(meeting.at) + meeting.durationMin * 60_000).toISOString();
  const now = useNow();
  const past = Date.parse(meeting.at) < now;
  return (
    <header className="page-head meeting-head">
      <div>
        <h1 data-testid="meeting-title">
          {typeLabel(meeting, prep.templates)} ·{' '}
          {account ? (
            <a href={`#/account/${encodeURIComponent(account.id)}`}>{account.name}</a>
          ) : (
            <span className="badge warn">{t('accountGone')}</span>
          )}
        </h1>
        <p className="meeting-when" data-testid="meeting-when">
          {formatDateTime(meeting.at)}–{formatTime(end)}
          {past && !meeting.outcome && <span className="badge warn">{t('meetingNoOutcome')}</span>}
          {meeting.place && (
            <>
              {' · '}
              {isWebLink(meeting.place) ? <SafeLink href={meeting.place.trim()} text={meeting.place.trim()} /> : meeting.place}
            </>
          )}
        </p>
        {attendees.length > 0 && (
          <p className="muted" data-testid="meeting-attendees">
            {attendees.map((c) => (c.title ? `${c.name} (${c.title})` : c.name)).join(', ')}
          </p>
        )}
      </div>
      <span className="spacer" />
      <div className="row">{children}</div>
    </header>
  );
}
