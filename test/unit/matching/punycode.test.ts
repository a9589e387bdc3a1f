import { domainToAscii, domainToUnicode } from '@/lib/matching';
import { decodePunycode } from '@/lib/matching/punycode';

describe('punycode', () => {
  it('decodes the RFC 3492 samples and IDN labels', () => {
    expect(decodePunycode('b1abfaaepdrnnbgefbadotcwatmq2g4l')).toBe('почемужеонинеговорятпорусски');
    expect(decodePunycode('egbpdaj6bu4bxfgehfvwxn')).toBe('ليهمابتكلموشعربي؟');
    expect(decodePunycode('e1afmkfd')).toBe('пример');
    expect(decodePunycode('lodamdjuvtg5b')).toBe('საქართველო');
  });

  it('rejects garbage', () => {
    expect(decodePunycode('!!')).toBeUndefined();
    expect(decodePunycode('99999999999')).toBeUndefined();
  });

  it('converts whole domains both ways', () => {
    expect(domainToUnicode('mail.xn--e1afmkfd.xn--p1ai')).toBe('mail.пример.рф');
    expect(domainToUnicode('xn--!!.example')).toBe('xn--!!.example');
    expect(domainToAscii('mail.пример.рф')).toBe('mail.xn--e1afmkfd.xn--p1ai');
    expect(domainToAscii('acme.example')).toBe('acme.example');
  });

  it('round-trips', () => {
    for (const d of ['пример.рф', 'საქართველო.ge', 'bücher.example', 'ქართული.გე']) {
      expect(domainToUnicode(domainToAscii(d) ?? '')).toBe(d);
    }
  });
});
