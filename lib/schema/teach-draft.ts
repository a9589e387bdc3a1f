import { z } from 'zod';
import { Selector } from './site-rule';

/**
 * What the picker (lib/content/picker/start-picker.ts) learned on a page, handed to the worker,
 * which opens the dashboard's Teach page on it. Comes from a content script, so it is parsed
 * like any outside input; the page it names is where the selectors were picked.
 */
export const TeachDraftFromPage = z.object({
  url: z
    .url()
    .max(4000)
    .refine((u) => /^https?:/i.test(u), 'must be a web page'),
  title: z.string().max(200).default(''),
  emailSelector: Selector,
  emailAttribute: z.string().min(1).max(100).optional(),
  nameSelector: Selector.optional(),
});
export type TeachDraftFromPage = z.input<typeof TeachDraftFromPage>;

/** The draft as the Teach page receives it: plus the tab it was picked in (for the live preview). */
export const TeachDraft = TeachDraftFromPage.extend({ tabId: z.number().int().nonnegative() });
export type TeachDraft = z.output<typeof TeachDraft>;
