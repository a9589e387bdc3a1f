import { queryTokens, tokenize } from '@/lib/search';

describe('tokenize', () => {
  it('splits on anything that is not a letter or digit, in every script', () => {
    expect(tokenize('ООО «Ромашка», Тбилиси; შპს (ალფა) / Acme 2024!')).toEqual([
      'ооо',
      'ромашка',
      'тбилиси',
      'შპს',
      'ალფა',
      'acme',
      '2024',
    ]);
  });

  it('indexes a hyphenated mixed token as its parts and joined', () => {
    expect(tokenize('CRM-ის')).toEqual(['crm', 'ის', 'crmის']);
    expect(tokenize('Санкт-Петербург')).toEqual(['санкт', 'петербург', 'санктпетербург']);
  });

  it('treats apostrophes and & as inside a word', () => {
    expect(tokenize('O’Brien AT&T')).toEqual(['o', 'brien', 'obrien', 'at', 't', 'att']);
  });

  it('drops connectors at word edges', () => {
    expect(tokenize('-crm- ...x.. @anna')).toEqual(['crm', 'x', 'anna']);
  });

  it('indexes an e-mail whole, its local part and its domain parts', () => {
    const t = tokenize('Anna.Petrova+News@Mail.Acme.Example');
    for (const want of [
      'anna.petrova+news@mail.acme.example',
      'anna.petrova+news',
      'anna',
      'petrova',
      'news',
      'mail.acme.example',
      'acme.example',
      'mail',
      'acme',
      'example',
    ])
      expect(t).toContain(want);
    expect(t).not.toContain('example.'); // no stray connectors
  });

  it('indexes a domain whole and its parent domains', () => {
    expect(tokenize('www.acme.co.uk')).toEqual(expect.arrayContaining(['www.acme.co.uk', 'acme.co.uk', 'co.uk', 'acme']));
  });

  it('folds before splitting and de-duplicates', () => {
    expect(tokenize('ᲐᲚᲤᲐ ალფა Alfa ALFA')).toEqual(['ალფა', 'alfa']);
  });

  it('returns nothing for punctuation only', () => {
    expect(tokenize(' — … ,; ')).toEqual([]);
  });
});

describe('queryTokens', () => {
  it('gives one token per typed word, joined across hyphens', () => {
    expect(queryTokens('CRM-ის')).toEqual(['crmის']);
    expect(queryTokens('crm ის')).toEqual(['crm', 'ის']);
  });

  it('keeps addresses, domains and plus-addresses verbatim', () => {
    expect(queryTokens('anna@acme acme.ex anna+n')).toEqual(['anna@acme', 'acme.ex', 'anna+n']);
  });

  it('ignores a half-typed connector', () => {
    expect(queryTokens('anna@')).toEqual(['anna']);
    expect(queryTokens('crm-')).toEqual(['crm']);
  });

  it('is empty for an empty or punctuation query', () => {
    expect(queryTokens('   ')).toEqual([]);
    expect(queryTokens('«»')).toEqual([]);
  });
});

describe('tokenize edge cases', () => {
  it('treats the modifier-letter apostrophe ʼ like ’, also inside addresses', () => {
    expect(tokenize('Oʼbrien')).toEqual(['o', 'brien', 'obrien']);
    expect(tokenize('oʼbrien@acme.example')).toEqual(expect.arrayContaining(['o', 'brien', 'oʼbrien@acme.example']));
  });

  it('keeps letters outside the BMP and skips emoji', () => {
    expect(tokenize('𝐀cme 🚀 launch')).toEqual(['acme', 'launch']);
  });

  it('splits a long field without losing words', () => {
    const long = Array.from({ length: 2000 }, (_, i) => `слово${i}`).join(' ');
    const t = tokenize(long);
    expect(t).toHaveLength(2000);
    expect(t[1999]).toBe('слово1999');
  });
});
