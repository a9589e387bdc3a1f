import { calendarOutlookAdapter } from '@/lib/adapters/calendar-outlook';
import { provideAdapterCode } from '@/lib/content/adapter-code';

/**
 * Outlook on the web's calendar adapter, injected by the worker into an Outlook page the first
 * time it shows a calendar route (lib/content/adapter-code.ts). Never listed in the manifest.
 */
export default defineUnlistedScript(() => provideAdapterCode('calendar-outlook', calendarOutlookAdapter));
