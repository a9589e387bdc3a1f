import en from '@/lib/checklists/templates/en.json';
import fi from '@/lib/checklists/templates/fi.json';
import ka from '@/lib/checklists/templates/ka.json';
import ru from '@/lib/checklists/templates/ru.json';
import sources from '@/lib/checklists/templates/sources.json';
import { ItemSources, LocaleTemplateFile } from '@/lib/checklists/templates/locale-file';

const files = { en, ru, fi, ka };
const shape = (file: LocaleTemplateFile) => file.templates.map((t) => [t.meetingType, t.items.map((i) => i.id)]);

describe('built-in checklist data files', () => {
  it('each locale file parses unchanged by the template schema', () => {
    for (const [locale, raw] of Object.entries(files)) expect(LocaleTemplateFile.parse(raw), locale).toEqual(raw);
  });

  it('every locale names the same templates and items, in the same order, as English', () => {
    const english = shape(LocaleTemplateFile.parse(en));
    for (const [locale, raw] of Object.entries(files)) expect(shape(LocaleTemplateFile.parse(raw)), locale).toEqual(english);
  });

  it('gives every item exactly one source and no source to an unknown item', () => {
    const itemIds = LocaleTemplateFile.parse(en).templates.flatMap((t) => t.items.map((i) => i.id));
    expect(new Set(itemIds).size).toBe(itemIds.length);
    expect(Object.keys(ItemSources.parse(sources)).sort()).toEqual([...itemIds].sort());
  });

  it('rejects a file with an empty item text or an unknown key', () => {
    const empty = { templates: [{ meetingType: 'call', name: 'Call', items: [{ id: 'call.goal', text: ' ' }] }] };
    expect(LocaleTemplateFile.safeParse(empty).success).toBe(false);
    expect(LocaleTemplateFile.safeParse({ ...en, extra: 1 }).success).toBe(false);
  });
});
