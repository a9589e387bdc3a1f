import { fakeBrowser } from 'wxt/testing/fake-browser';
import { checklistFor } from '@/lib/checklists/checklist';
import { builtInTemplateId, defaultTemplates } from '@/lib/checklists/default-templates';
import { localizeTemplate } from '@/lib/checklists/localize-template';
import { checklistTemplates, templateById, templatesForMeeting } from '@/lib/db/queries/templates';
import { saveTemplate, seedTemplatesIfEmpty } from '@/lib/db/repos/templates';
import { testDb } from '../db/test-db';

const complaint = (locale: 'en' | 'ru' | 'fi' | 'ka') => defaultTemplates(locale).find((t) => t.meetingType === 'complaint')!;

describe('built-in checklists follow the interface language', () => {
  it('shows untouched items and the name of an English-seeded template in Russian', () => {
    const shown = localizeTemplate(complaint('en'), 'ru');
    expect(shown).toEqual({ ...complaint('ru'), locale: 'ru' });
  });

  it('keeps the text of an item the user edited, and the user’s own templates as they are', () => {
    const edited = complaint('en');
    edited.items = edited.items.map((i, n) => (n === 0 ? { ...i, text: 'Read the whole thread first' } : i));
    const shown = localizeTemplate(edited, 'ru');
    expect(shown.items[0]!.text).toBe('Read the whole thread first');
    expect(shown.items[1]!.text).toBe(complaint('ru').items[1]!.text);
    const own = { ...edited, id: 'mine', builtIn: false };
    expect(localizeTemplate(own, 'ru')).toBe(own);
  });

  it('keeps a renamed built-in’s name', () => {
    expect(localizeTemplate({ ...complaint('en'), name: 'Escalations' }, 'fi').name).toBe('Escalations');
  });

  it('treats a text shipped by an earlier version as untouched', () => {
    const old = complaint('ka');
    old.items = old.items.map((i) => (i.id === 'complaint.history' ? { ...i, text: 'პრეტენზიის სრული ისტორია' } : i));
    const every = defaultTemplates('ru').find((t) => t.meetingType === 'any')!;
    expect(localizeTemplate(old, 'ka').items.find((i) => i.id === 'complaint.history')?.text).toBe('საჩივრის სრული ისტორია');
    expect(localizeTemplate({ ...every, name: 'Каждая встреча' }, 'ru').name).toBe('Любая встреча');
  });

  it('reads from the database in the browser’s language, whatever the seed language', async () => {
    const db = testDb('localize-template');
    await seedTemplatesIfEmpty(db, 'en');
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('ru');
    const stored = (await db.checklistTemplates.get(builtInTemplateId('complaint')))!;
    await saveTemplate(db, {
      ...stored,
      items: stored.items.map((i, n) => (n === 1 ? { ...i, text: 'My own wording' } : i)),
    });
    const meeting = { type: 'complaint', checklistTemplateId: null };
    const items = checklistFor(meeting, await templatesForMeeting(db, meeting));
    expect(items[0]!.text).toBe(complaint('ru').items[0]!.text);
    expect(items[1]!.text).toBe('My own wording');
    expect((await templateById(db, builtInTemplateId('complaint')))?.name).toBe(complaint('ru').name);
    expect((await checklistTemplates(db)).find((t) => t.meetingType === 'any')?.name).toBe('Любая встреча');
    vi.restoreAllMocks();
  });
});
