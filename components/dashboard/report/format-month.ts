import { uiLocale } from '@/lib/time/ui-locale';

/** "November 2026", «ноябрь 2026 г.», in the user's language; noon UTC of the 15th never shifts month. */
export function formatMonth(month: string): string {
  const d = new Date(`${month}-15T12:00:00Z`);
  return Number.isNaN(d.getTime())
    ? month
    : new Intl.DateTimeFormat(uiLocale(), { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(d);
}
