import { formatDateTime } from '@/lib/i18n/format';
import { t } from '@/lib/i18n/t';
import type { Account } from '@/lib/schema';
import type { AccountBriefing } from '@/lib/schema/panel-view';
import { PreparationView } from '@/components/prep/PreparationView';
import { runCommand } from './run-command';

/**
 * Today's or tomorrow's meeting: the same preparation view as the dashboard (checklist plus the
 * dossier's live prompts); ticks go through the background, which owns the database.
 */
export function MeetingPrep({ next, account }: { next: NonNullable<AccountBriefing['nextMeeting']>; account: Account }) {
  const { meeting, items, attendees, prompts } = next;
  return (
    <section className="meeting" data-testid="next-meeting">
      <h2>
        {t('sectionNextMeeting')}: {formatDateTime(meeting.at)}
      </h2>
      {attendees.length > 0 && (
        <p className="muted">
          {attendees.map((a) => a.name).join(', ')}
          {meeting.place ? ` · ${meeting.place}` : ''}
        </p>
      )}
      <PreparationView
        meeting={meeting}
        items={items}
        prompts={prompts}
        attendees={attendees}
        account={account}
        onTick={(itemId, checked) => runCommand({ type: 'tickItem', meetingId: meeting.id, itemId, checked })}
        decisionMap={
          next.decisionMap && {
            ...next.decisionMap,
            onOpen: () => void runCommand({ type: 'openDashboard', hash: `/account/${account.id}` }),
          }
        }
      />
    </section>
  );
}
