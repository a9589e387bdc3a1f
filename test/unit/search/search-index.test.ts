import { SearchIndex, type SearchRecord } from '@/lib/search';

const acc = (id: string, ...fields: string[]): SearchRecord => ({ id, kind: 'account', fields });
const con = (id: string, ...fields: string[]): SearchRecord => ({ id, kind: 'contact', fields });

describe('SearchIndex: matching', () => {
  const index = new SearchIndex([
    acc('romashka', 'ООО Ромашка', 'romashka.example', 'ритейл'),
    acc('alfa', 'საქართველოს ალფა', 'alfa.example', 'ბანკი'),
    acc('crm', 'CRM-ის კონსულტანტები', 'crm.example'),
    acc('korolev', 'Королёв и партнёры'),
    acc('zaitsev', 'Зайцев Групп'),
    con('anna', 'Анна Петрова', 'anna.petrova@romashka.example', 'Директор'),
    con('anna2', 'Анна Сидорова', 'sidorova@alfa.example'),
    con('nino', 'ნინო ბერიძე', 'nino+crm@alfa.example', 'CFO'),
  ]);

  it('matches word prefixes in every script', () => {
    expect(index.query('ромаш')).toEqual(['romashka']);
    expect(index.query('romash')).toEqual(['romashka', 'anna']);
    expect(index.query('საქართველო')).toEqual(['alfa']);
    expect(index.query('ბერ')).toEqual(['nino']);
  });

  it('requires every query word (AND)', () => {
    expect(index.query('анна пет')).toEqual(['anna']);
    expect(index.query('анна')).toEqual(expect.arrayContaining(['anna', 'anna2']));
    expect(index.query('анна зайцев')).toEqual([]);
  });

  it('folds query case, ё and Georgian capitals', () => {
    expect(index.query('КОРОЛЕВ')).toEqual(['korolev']);
    expect(index.query('партнер')).toEqual(['korolev']);
    expect(index.query('ᲡᲐᲥᲐᲠᲗᲕᲔᲚᲝᲡ')).toEqual(['alfa']);
  });

  it('does not conflate й and и', () => {
    expect(index.query('заиц')).toEqual([]);
    expect(index.query('зайц')).toEqual(['zaitsev']);
  });

  it('finds CRM-ის however it is typed', () => {
    for (const q of ['crm', 'ის', 'CRM-ის', 'crmის', 'crm ის', 'crm-ი']) {
      expect(index.query(q, 20, { kind: 'account' }), q).toEqual(['crm']);
    }
  });

  it('finds e-mail addresses by the whole, the local part and the domain', () => {
    expect(index.query('anna.petrova@rom')).toEqual(['anna']);
    expect(index.query('petrova')).toEqual(['anna']);
    expect(index.query('alfa.example').sort()).toEqual(['alfa', 'anna2', 'nino']);
    expect(index.query('nino+crm')).toEqual(['nino']);
  });

  it('returns nothing for an empty query or a zero limit', () => {
    expect(index.query('')).toEqual([]);
    expect(index.query(' - ')).toEqual([]);
    expect(index.query('анна', 0)).toEqual([]);
  });

  it('filters by kind and reports it', () => {
    // Equal scores: the shorter name first.
    expect(index.query('alfa', 20, { kind: 'contact' })).toEqual(['nino', 'anna2']);
    expect(index.search('ромашка')[0]).toMatchObject({ id: 'romashka', kind: 'account' });
  });

  it('respects the limit', () => {
    expect(index.query('a', 2)).toHaveLength(2);
  });
});

describe('SearchIndex: ranking', () => {
  it('ranks an exact token above a prefix', () => {
    const index = new SearchIndex([con('long', 'Ivanova Maria'), con('exact', 'Ivan Maria')]);
    expect(index.query('ivan')).toEqual(['exact', 'long']);
  });

  it('ranks the name above other fields, even an exact hit there', () => {
    const index = new SearchIndex([acc('tag', 'Acme', 'nordic'), acc('name', 'Nordicom'), acc('tag2', 'Beta', 'nordic-markets')]);
    expect(index.query('nordic')).toEqual(['name', 'tag', 'tag2']);
  });

  it('prefers names that start with the word, ignoring legal forms', () => {
    const index = new SearchIndex([acc('mid', 'Агро Ромашково'), acc('start', 'ООО Ромашка')]);
    expect(index.query('ром')).toEqual(['start', 'mid']);
  });

  it('breaks ties by the shorter name, then alphabetically', () => {
    const index = new SearchIndex([acc('b', 'Acme Holding'), acc('c', 'Acme Bbb'), acc('a', 'Acme Aaa')]);
    expect(index.query('acme')).toEqual(['a', 'c', 'b']);
  });

  it('sums the words: two name hits beat one', () => {
    const index = new SearchIndex([con('one', 'Anna Smirnova', 'petrova@x.example'), con('two', 'Anna Petrova')]);
    expect(index.query('anna petrova')).toEqual(['two', 'one']);
  });
});

describe('SearchIndex: changes', () => {
  it('adds, updates and removes one record at a time', () => {
    const index = new SearchIndex();
    index.add(acc('a', 'Alpha'));
    index.add(acc('b', 'Beta'));
    expect(index.size).toBe(2);
    expect(index.query('alp')).toEqual(['a']);

    index.update(acc('a', 'Gamma'));
    expect(index.query('alp')).toEqual([]);
    expect(index.query('gam')).toEqual(['a']);
    expect(index.size).toBe(2);

    expect(index.remove('a', 'account')).toBe(true);
    expect(index.remove('a', 'account')).toBe(false);
    expect(index.query('gam')).toEqual([]);
    expect(index.size).toBe(1);
  });

  it('treats add of an existing id as a replace', () => {
    const index = new SearchIndex([acc('a', 'Alpha')]);
    index.add(acc('a', 'Alpine'));
    expect(index.query('alpha')).toEqual([]);
    expect(index.query('alpi')).toEqual(['a']);
    expect(index.size).toBe(1);
  });

  it('keeps an account and a contact with the same id apart', () => {
    const index = new SearchIndex([acc('x', 'Acme'), con('x', 'Anna Acme')]);
    expect(index.search('acme').map((h) => h.kind)).toEqual(['account', 'contact']);
    index.remove('x', 'contact');
    expect(index.has('x', 'account')).toBe(true);
    expect(index.has('x', 'contact')).toBe(false);
    index.add(con('x', 'Anna'));
    expect(index.remove('x')).toBe(true);
    expect(index.size).toBe(0);
  });

  it('reuses freed slots without leaking old tokens', () => {
    const index = new SearchIndex();
    for (let i = 0; i < 50; i++) index.add(con(`c${i}`, `Person ${i}`, `p${i}@acme.example`));
    for (let i = 0; i < 50; i += 2) index.remove(`c${i}`, 'contact');
    for (let i = 0; i < 10; i++) index.add(acc(`n${i}`, `Newco ${i}`));
    expect(index.query('acme.example', 100)).toHaveLength(25);
    expect(index.query('newco', 100)).toHaveLength(10);
    expect(index.query('p0@')).toEqual([]);
    expect(index.query('person 1', 100)).toEqual(['c1', 'c11', 'c13', 'c15', 'c17', 'c19']);
  });

  it('clears everything', () => {
    const index = new SearchIndex([acc('a', 'Alpha'), con('b', 'Beta')]);
    index.clear();
    expect(index.size).toBe(0);
    expect(index.query('a')).toEqual([]);
    index.add(acc('a', 'Alpha'));
    expect(index.query('a')).toEqual(['a']);
  });

  it('bulk-adds on top of single adds', () => {
    const index = new SearchIndex([acc('a', 'Alpha')]);
    index.add(acc('b', 'Alpaca'));
    index.addAll([acc('c', 'Alpine'), acc('d', 'Delta')]);
    expect(index.query('alp').sort()).toEqual(['a', 'b', 'c']);
  });
});
