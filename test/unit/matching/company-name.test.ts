import fc from 'fast-check';
import { companyLookupPrefixes, companyNamesMatch } from '@/lib/matching';

describe('company names', () => {
  it.each([
    ['NordFreight Oy', 'Nordfreight', true],
    ['NordFreight Oy', 'Nord Freight OY', true],
    ['ООО «Северный ветер»', 'Северный Ветер', true],
    ['Müller GmbH', 'Muller', true],
    ['NordFreight Oy', 'NordFreight Logistics Oy', false],
    ['Acme Ltd', 'Ltd', false],
    ['Oy', 'Oy', false],
  ])('%s ~ %s: %s', (a, b, same) => expect(companyNamesMatch(a, b)).toBe(same));

  it('is symmetric and never throws (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), fc.string({ maxLength: 80 }), (a, b) => {
        expect(companyNamesMatch(a, b)).toBe(companyNamesMatch(b, a));
      }),
    );
  });

  it('looks candidates up by the first word and the first word that is not a legal form', () => {
    expect(companyLookupPrefixes('ООО «Северный ветер»')).toEqual(['ООО', 'северный']);
    expect(companyLookupPrefixes('NordFreight Oy')).toEqual(['nordfreight']);
  });
});
