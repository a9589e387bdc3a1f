import { matchesQuery, recordFromAccount, recordFromContact } from '@/lib/search';
import { Account, Contact } from '@/lib/schema';

describe('recordFromAccount / recordFromContact', () => {
  it('puts the name first, then legal name, domains, tags, summary', () => {
    const a = Account.parse({
      id: 'a1',
      name: 'Ромашка',
      legalName: 'ООО «Ромашка»',
      domains: ['romashka.example'],
      tags: ['ключевой', 'ритейл'],
      summary: 'Сеть магазинов',
      nuances: ['not indexed'],
    });
    expect(recordFromAccount(a)).toEqual({
      id: 'a1',
      kind: 'account',
      fields: ['Ромашка', 'ООО «Ромашка»', 'romashka.example', 'ключевой', 'ритейл', 'Сеть магазинов'],
    });
  });

  it('skips empty optional fields but always keeps the name', () => {
    const a = Account.parse({ id: 'a2', name: 'Acme' });
    expect(recordFromAccount(a).fields).toEqual(['Acme']);
  });

  it('indexes contacts by name, e-mails and title — never personal notes', () => {
    const c = Contact.parse({
      id: 'c1',
      name: 'ნინო ბერიძე',
      emails: ['nino@alfa.example'],
      title: 'CFO',
      personalNotes: 'secret',
    });
    expect(recordFromContact(c)).toEqual({ id: 'c1', kind: 'contact', fields: ['ნინო ბერიძე', 'nino@alfa.example', 'CFO'] });
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
