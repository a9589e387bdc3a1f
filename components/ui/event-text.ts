import { t } from '@/lib/i18n/t';
import type { EventDetails } from '@/lib/schema';

type EventType = EventDetails['type'];
type Attendance = EventDetails['attendance'];

export const eventTypes: readonly EventType[] = ['exhibition', 'fair', 'corporate', 'other'];
export const attendances: readonly Attendance[] = ['invited', 'attended', 'declined'];

const typeLabels: Record<EventType, () => string> = {
  exhibition: () => t('eventType_exhibition'),
  fair: () => t('eventType_fair'),
  corporate: () => t('eventType_corporate'),
  other: () => t('eventType_other'),
};
const attendanceLabels: Record<Attendance, () => string> = {
  invited: () => t('eventAttendance_invited'),
  attended: () => t('eventAttendance_attended'),
  declined: () => t('eventAttendance_declined'),
};

export const eventTypeLabel = (type: EventType): string => typeLabels[type]();
export const attendanceLabel = (a: Attendance): string => attendanceLabels[a]();

/**
 * The event's labels for a form. One home for them, because the history's add form and the
 * capture dialog ask the same three questions about the same record.
 */
export function eventFieldLabels() {
  return { type: t('fieldEventType'), name: t('fieldEventName'), attendance: t('fieldEventAttendance') };
}

/** "Exhibition · Logistics Expo 2026 · attended": how the history and the report word an event. */
export function eventText(event: EventDetails): string {
  return [eventTypeLabel(event.type), event.name.trim(), attendanceLabel(event.attendance)].filter(Boolean).join(' · ');
}
