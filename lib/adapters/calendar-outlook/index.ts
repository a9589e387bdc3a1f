import { safeRead } from '@/lib/adapters/context';
import type { SiteAdapter } from '@/lib/adapters/types';
import { parseOutlookCalendar } from './parse';
import { isOutlookCalendar } from './route';
import { WATCH } from './selectors';

/** Outlook on the web's calendar: an event's item pane or peek card. */
export const calendarOutlookAdapter: SiteAdapter = {
  name: 'calendar-outlook',
  samples: {
    accepts: [
      'https://outlook.cloud.microsoft/calendar/view/week',
      'https://outlook.cloud.microsoft/calendar/item/AAMkADAwATM0MDAAMS1iNmY3LTQ5ZjEtMDACLTAwCgBGAAAD',
      'https://outlook.office.com/calendar/view/week',
      'https://outlook.office.com/calendar/item/AAMkADAwATM0MDAAMS1iNmY3LTQ5ZjEtMDACLTAwCgBGAAAD',
      'https://outlook.live.com/calendar/0/view/day/2026/11/24',
      'https://outlook.office365.com/calendar/deeplink/read/AAMkADAwATM0MDAAMS1iNmY3',
    ],
  },
  matchesUrl: isOutlookCalendar,
  read: (doc, url) => safeRead('calendar-outlook', url, () => parseOutlookCalendar(doc, url)),
  watch: WATCH,
};
