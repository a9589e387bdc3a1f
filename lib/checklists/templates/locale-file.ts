import { z } from 'zod';
import { ChecklistItem, ChecklistTemplate } from '@/lib/schema/checklist-template';

/**
 * One locale's built-in templates as stored in `<locale>.json`: display order, the
 * every-meeting conduct list last. Built from the stored template's own field schemas so a data
 * file can never hold a name or item the database would refuse.
 */
export const LocaleTemplateFile = z.strictObject({
  templates: z
    .array(
      z.strictObject({
        meetingType: ChecklistTemplate.shape.meetingType,
        name: ChecklistTemplate.shape.name,
        items: z.array(ChecklistItem).min(1),
      }),
    )
    .min(1),
});
export type LocaleTemplateFile = z.infer<typeof LocaleTemplateFile>;

/**
 * Item id -> the lines of the source articles it comes from ("NNN:line, NNN:line": article
 * number, line), so the defaults stay traceable to the texts, not invented (docs/domain.md,
 * "Sources"). Shared by all locales: the wording changes, the origin does not.
 */
export const ItemSources = z.record(z.string().min(1), z.string().regex(/^\d{3}:\d+/));
export type ItemSources = z.infer<typeof ItemSources>;
