import type { MessageKey } from '@/lib/i18n/t';
import type { ActivityCounts } from '@/lib/io/report/monthly-report';

/** The report's figures in the order the table and the summary show them, with their column headers. */
export const COLUMNS: readonly (readonly [keyof ActivityCounts, MessageKey])[] = [
  ['contacts', 'reportColContacts'],
  ['meetingsHeld', 'reportColMeetingsHeld'],
  ['calls', 'reportColCalls'],
  ['proposals', 'reportColProposals'],
  ['orders', 'reportColOrders'],
  ['complaintsOpened', 'reportColComplaintsOpened'],
  ['complaintsOpen', 'reportColComplaintsOpen'],
  ['casesOpened', 'reportColCasesOpened'],
  ['casesResolved', 'reportColCasesResolved'],
  ['followUpsDone', 'reportColFollowUpsDone'],
  ['followUpsOverdue', 'reportColFollowUpsOverdue'],
  ['meetingsScheduled', 'reportColMeetingsScheduled'],
];
