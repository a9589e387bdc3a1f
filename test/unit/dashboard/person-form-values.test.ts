import { describe, expect, it } from 'vitest';
import { personFormValues, personPatch } from '@/components/dashboard/dossier/person-form-values';
import { Contact } from '@/lib/schema';

const anna = Contact.parse({ id: 'a', name: 'Anna', mood: { value: 'positive', note: 'Volumes up', on: '2026-11-20' } });

describe('the people form’s mood fields', () => {
  it('spread the stored mood into three fields and back', () => {
    expect(personFormValues(anna)).toMatchObject({ moodValue: 'positive', moodNote: 'Volumes up', moodOn: '2026-11-20' });
    const { patch, base } = personPatch(
      anna,
      { moodNote: ' Worried ', stance: 'ally' },
      { moodNote: 'Volumes up', stance: 'unknown' },
    );
    expect(patch).toEqual({ stance: 'ally', mood: { value: 'positive', note: 'Worried', on: '2026-11-20' } });
    // The conflict check compares the stored mood, not the form's fields.
    expect(base).toEqual({ stance: 'unknown', mood: anna.mood });
  });

  it('choosing no mood clears it; a form without mood changes leaves it alone', () => {
    expect(personPatch(anna, { moodValue: '' }, { moodValue: 'positive' }).patch).toEqual({ mood: undefined });
    expect(personPatch(anna, { title: 'CFO' }, { title: '' }).patch).toEqual({ title: 'CFO' });
    const fresh = personPatch({}, { name: 'Igor', moodValue: 'neutral' }, {});
    expect(fresh.patch).toEqual({ name: 'Igor', mood: { value: 'neutral', note: '', on: null } });
  });
});
