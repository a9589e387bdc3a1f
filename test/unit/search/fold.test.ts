import { foldText } from '@/lib/search';

describe('foldText', () => {
  it('lower-cases Latin and Cyrillic and strips Latin diacritics', () => {
    expect(foldText('Café Zürich ÅLAND Hämeenlinna')).toBe('cafe zurich aland hameenlinna');
    expect(foldText('МОСКВА Санкт-Петербург')).toBe('москва санкт-петербург');
  });

  it('folds ё to е (Russians type е for ё) in either case', () => {
    expect(foldText('Королёв ЁЛКА')).toBe('королев елка');
  });

  it('keeps й distinct from и, and ў from у', () => {
    expect(foldText('Йошкар-Ола Зайцев ЙОД')).toBe('йошкар-ола зайцев йод');
    expect(foldText('Мой')).not.toBe(foldText('Мои'));
    expect(foldText('Ў')).toBe('ў');
    // Whether й arrives precomposed or already decomposed.
    expect(foldText('\u0438\u0306')).toBe('й');
  });

  it('still strips stress marks over Cyrillic vowels, even on й', () => {
    expect(foldText('мо́й')).toBe('мой');
    expect(foldText('й\u0301')).toBe('й');
  });

  it('maps Georgian Mtavruli, Asomtavruli and Nuskhuri to Mkhedruli', () => {
    expect(foldText('ᲡᲐᲥᲐᲠᲗᲕᲔᲚᲝ')).toBe('საქართველო');
    expect(foldText('\u1c90\u1cba\u1cbd\u1cbf')).toBe('\u10d0\u10fa\u10fd\u10ff');
    expect(foldText('\u10a0\u10c5\u10c7\u10cd')).toBe('\u10d0\u10f5\u10f7\u10fd');
    expect(foldText('\u2d00\u2d25\u2d27\u2d2d')).toBe('\u10d0\u10f5\u10f7\u10fd');
  });

  it('leaves Mkhedruli as it is and never produces Mtavruli', () => {
    const s = 'თბილისი ქუთაისი ბათუმი';
    expect(foldText(s)).toBe(s);
    expect(/[\u1c90-\u1cbf]/.test(foldText('ᲗᲑᲘᲚᲘᲡᲘ თბილისი'))).toBe(false);
  });

  it('expands ß, ligatures and other letters NFKD keeps whole', () => {
    expect(foldText('Straße STRASSE ẞ')).toBe('strasse strasse ss');
    expect(foldText('ﬁnance Æon Øresund Łódź œuvre')).toBe('finance aeon oresund lodz oeuvre');
  });

  it('folds compatibility forms: full-width, circled, Turkish İ', () => {
    expect(foldText('ＡＣＭＥ')).toBe('acme');
    expect(foldText('İstanbul')).toBe('istanbul');
    expect(foldText('ℌello')).toBe('hello');
  });

  it('keeps marks that spell vowels in other scripts', () => {
    // Devanagari vowel sign: stripping it would merge different words.
    expect(foldText('कि')).toBe('कि');
  });

  it('is idempotent', () => {
    for (const s of ['Ёжик Йогурт', 'ᲐᲑᲒ', 'Straße', 'CRM-ის', 'Ⴀⴀ']) {
      expect(foldText(foldText(s))).toBe(foldText(s));
    }
  });
});
