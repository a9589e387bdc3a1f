import { matchesQuery } from '@/lib/search';
import { docOf } from '@/lib/search/search-doc';

describe('the search index row of a person', () => {
  it('holds the name, emails, title and phones — never personal notes or communication style', () => {
    const doc = docOf('contact', {
      id: 'c1',
      name: 'Anna Petrova',
      emails: ['anna@acme.example'],
      title: 'Head of procurement',
      phones: ['+995 555 12 34'],
      personalNotes: 'daughter starts school',
      style: 'prefers brevity',
    });
    expect(doc.t).toEqual(expect.arrayContaining(['anna', 'petrova', 'procurement', '5551234']));
    for (const secret of ['daughter', 'school', 'brevity']) expect(doc.t).not.toContain(secret);
  });
});

describe('matchesQuery', () => {
  it('needs every query word to prefix a word of the text', () => {
    expect(matchesQuery('Анна Петрова', 'ан пет')).toBe(true);
    expect(matchesQuery('Анна Петрова', 'ан сид')).toBe(false);
  });

  it('folds case, ё and Georgian capitals on both sides', () => {
    expect(matchesQuery('Королёв', 'КОРОЛЕВ')).toBe(true);
    expect(matchesQuery('საქართველოს ბანკი', 'ᲡᲐᲥᲐᲠᲗᲕᲔᲚᲝ')).toBe(true);
    expect(matchesQuery('Зайцев', 'заиц')).toBe(false);
  });

  it('accepts several fields', () => {
    expect(matchesQuery(['Anna', 'anna@acme.example'], 'acme.ex')).toBe(true);
  });

  it('lets an empty filter through', () => {
    expect(matchesQuery('anything', '  ')).toBe(true);
  });
});
