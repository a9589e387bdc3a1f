import {
  cleanEmail,
  domainCandidates,
  domainLookupForms,
  domainOf,
  emailLookupKeys,
  isWithinDomains,
  normalizeDomain,
  normalizeEmail,
} from '@/lib/matching';

describe('normalizeEmail', () => {
  it('trims, lower-cases and strips mailto:', () => {
    expect(normalizeEmail('  Anna.Petrova@ACME.Example ')).toBe('anna.petrova@acme.example');
    expect(normalizeEmail('MAILTO:anna@acme.example?subject=Hi%20there')).toBe('anna@acme.example');
  });

  it('strips plus-addressing', () => {
    expect(normalizeEmail('anna+news@x.example')).toBe('anna@x.example');
    expect(normalizeEmail('anna+a+b@x.example')).toBe('anna@x.example');
  });

  it('keeps dots for ordinary domains', () => {
    expect(normalizeEmail('a.b@x.example')).toBe('a.b@x.example');
  });

  it('strips dots (and plus) for Gmail, and treats googlemail.com as gmail.com', () => {
    expect(normalizeEmail('Anna.Petrova+crm@gmail.com')).toBe('annapetrova@gmail.com');
    expect(normalizeEmail('anna.petrova@googlemail.com')).toBe('annapetrova@gmail.com');
  });

  it('unwraps display forms', () => {
    expect(normalizeEmail('Анна Петрова <Anna@Romashka.Example>')).toBe('anna@romashka.example');
    expect(normalizeEmail('"anna@x.example",')).toBe('anna@x.example');
    expect(normalizeEmail('anna@x.example (Anna)')).toBe('anna@x.example');
    expect(normalizeEmail('mailto:anna%40x.example')).toBe('anna@x.example');
  });

  it('is empty for things that are not addresses', () => {
    for (const s of ['', 'anna', '@x.example', 'anna@', 'mailto:']) expect(normalizeEmail(s), s).toBe('');
  });

  it('keeps a local part that is only a plus tag rather than emptying it', () => {
    expect(normalizeEmail('+tag@x.example')).toBe('+tag@x.example');
  });

  it('turns Punycode domains into Unicode', () => {
    expect(normalizeEmail('info@XN--E1AFMKFD.XN--P1AI')).toBe('info@пример.рф');
    expect(normalizeEmail('ИНФО@ПРИМЕР.РФ')).toBe('инфо@пример.рф');
  });

  it('keeps a label that only looks like Punycode as written', () => {
    // "xn--a" decodes to the control character U+0080, which no domain can hold.
    expect(normalizeEmail('x@a.xn--a')).toBe('x@a.xn--a');
  });
});

describe('cleanEmail and emailLookupKeys', () => {
  it('cleanEmail tidies without changing the mailbox spelling', () => {
    expect(cleanEmail(' mailto:Anna.P+news@Gmail.com ')).toBe('anna.p+news@gmail.com');
  });

  it('asks for the address as shown and its canonical mailbox, once each', () => {
    expect(emailLookupKeys('Anna.P+news@Gmail.com')).toEqual(['anna.p+news@gmail.com', 'anna.p@gmail.com', 'annap@gmail.com']);
    expect(emailLookupKeys('anna@acme.example')).toEqual(['anna@acme.example']);
    expect(emailLookupKeys('nope')).toEqual([]);
  });
});

describe('domainOf / normalizeDomain', () => {
  it('takes the part after the last @', () => {
    expect(domainOf('"a@b"@Mail.Acme.Example')).toBe('mail.acme.example');
    expect(domainOf('mailto:x@acme.example.')).toBe('acme.example');
    expect(domainOf('no-address')).toBe('');
  });

  it('normalises case, trailing dots and Punycode', () => {
    expect(normalizeDomain(' ACME.Example. ')).toBe('acme.example');
    expect(normalizeDomain('xn--lodamdjuvtg5b.ge')).toBe('საქართველო.ge');
  });
});

describe('domainCandidates', () => {
  it('walks up to the registrable domain, never a bare public suffix', () => {
    expect(domainCandidates('mail.eu.acme.example')).toEqual(['mail.eu.acme.example', 'eu.acme.example', 'acme.example']);
    expect(domainCandidates('acme.example')).toEqual(['acme.example']);
  });

  it('knows common two-level public suffixes', () => {
    expect(domainCandidates('mail.acme.co.uk')).toEqual(['mail.acme.co.uk', 'acme.co.uk']);
    expect(domainCandidates('romashka.com.ru')).toEqual(['romashka.com.ru']);
    expect(domainCandidates('shop.romashka.msk.ru')).toEqual(['shop.romashka.msk.ru', 'romashka.msk.ru']);
    expect(domainCandidates('alfa.com.ge')).toEqual(['alfa.com.ge']);
    expect(domainCandidates('x.acme.co.jp')).toEqual(['x.acme.co.jp', 'acme.co.jp']);
  });

  it('returns nothing for a public suffix itself', () => {
    for (const d of ['example', 'co.uk', 'com.ge', 'рф', '']) expect(domainCandidates(d), d).toEqual([]);
  });

  it('handles IDN domains in Unicode', () => {
    expect(domainCandidates('почта.пример.рф')).toEqual(['почта.пример.рф', 'пример.рф']);
    expect(domainCandidates('mail.xn--e1afmkfd.xn--p1ai')).toEqual(['mail.пример.рф', 'пример.рф']);
    expect(domainCandidates('ფოსტა.საქართველო.ge')).toEqual(['ფოსტა.საქართველო.ge', 'საქართველო.ge']);
  });

  it('normalises case first', () => {
    expect(domainCandidates('Mail.ACME.Example')).toEqual(['mail.acme.example', 'acme.example']);
  });
});

describe('domainLookupForms / isWithinDomains', () => {
  it('offers the Punycode spelling of an IDN too', () => {
    expect(domainLookupForms('пример.рф')).toEqual(['пример.рф', 'xn--e1afmkfd.xn--p1ai']);
    expect(domainLookupForms('საქართველო.ge')).toEqual(['საქართველო.ge', 'xn--lodamdjuvtg5b.ge']);
    expect(domainLookupForms('acme.example')).toEqual(['acme.example']);
  });

  it('counts subdomains as within', () => {
    const own = new Set(['keyside.example']);
    expect(isWithinDomains('keyside.example', own)).toBe(true);
    expect(isWithinDomains('eu.mail.keyside.example', own)).toBe(true);
    expect(isWithinDomains('notkeyside.example', own)).toBe(false);
    expect(isWithinDomains('keyside.example.evil.example', own)).toBe(false);
  });
});

describe('emailLookupKeys for IDN addresses', () => {
  it('asks in both spellings of the domain', () => {
    expect(emailLookupKeys('Info@Пример.РФ')).toEqual(['info@пример.рф', 'info@xn--e1afmkfd.xn--p1ai']);
    expect(emailLookupKeys('info@xn--e1afmkfd.xn--p1ai')).toEqual(['info@пример.рф', 'info@xn--e1afmkfd.xn--p1ai']);
  });
});
