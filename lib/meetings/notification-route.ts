import { parseAlarmName } from './reminders';
import { parseTaskAlarmName } from './task-reminders';

/** The dashboard route a reminder opens: the preparation view, or the week for a follow-up. */
export function routeForNotification(id: string): string | null {
  const meetingId = parseAlarmName(id);
  if (meetingId) return `#/meeting/${encodeURIComponent(meetingId)}`;
  return parseTaskAlarmName(id) ? '#/week' : null;
}
