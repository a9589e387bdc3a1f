import fc from 'fast-check';
import { buildClientIndex, matchClient, MAX_CLIENT_LENGTH, nameKey } from '@/lib/io/invoices-import/client-match';

const index = buildClientIndex({
  accounts: [
    { id: 'sever', name: 'ООО «Северный Ветер»', domains: ['severny-veter.example'] },
    { id: 'cafe', name: 'Café Müller GmbH', domains: ['cafe-mueller.example'] },
    { id: 'tbilisi', name: 'Tbilisi Wine House / თბილისის ღვინის სახლი', domains: ['tbilisi-wine.example'] },
    { id: 'nord1', name: 'Nord Oy', domains: ['nord-one.example'] },
    { id: 'nord2', name: 'NORD OY', domains: ['nord-two.example'] },
  ],
  contacts: [
    { accountId: 'cafe', emails: ['anna@gmail.example'] },
    { accountId: null, emails: ['nobody@nowhere.example'] },
  ],
});

describe('matching an export’s client to an account', () => {
  it('by name, without case, accents, quotes or extra spaces', () => {
    expect(matchClient('ооо "северный ветер"', index)).toEqual({ accountId: 'sever' });
    expect(matchClient('  ООО  Северный   ВЕТЕР ', index)).toEqual({ accountId: 'sever' });
    expect(matchClient('cafe muller gmbh', index)).toEqual({ accountId: 'cafe' });
    expect(matchClient('თბილისის ღვინის სახლი', index)).toEqual({ accountId: 'tbilisi' });
    expect(matchClient('Tbilisi Wine House', index)).toEqual({ accountId: 'tbilisi' });
  });

  it('by a person’s email, the email’s domain, or a web address', () => {
    expect(matchClient('Anna <anna@gmail.example>', index)).toEqual({ accountId: 'cafe' });
    expect(matchClient('billing@severny-veter.example', index)).toEqual({ accountId: 'sever' });
    expect(matchClient('buh@mail.severny-veter.example', index)).toEqual({ accountId: 'sever' });
    expect(matchClient('https://www.tbilisi-wine.example/about', index)).toEqual({ accountId: 'tbilisi' });
    expect(matchClient('cafe-mueller.example', index)).toEqual({ accountId: 'cafe' });
  });

  it('reports a name two accounts share, and a client Keyside does not know', () => {
    expect(matchClient('Nord Oy', index)).toEqual({ problem: 'ambiguous' });
    expect(matchClient('nord-two.example', index)).toEqual({ accountId: 'nord2' });
    expect(matchClient('Acme', index)).toEqual({ problem: 'unknown' });
    expect(matchClient('nobody@nowhere.example', index)).toEqual({ problem: 'unknown' });
    expect(matchClient('x'.repeat(MAX_CLIENT_LENGTH + 1), index)).toEqual({ problem: 'unknown' });
  });

  it('finds any account by its name however the export cases and spaces it', () => {
    const letters = fc.constantFrom('a', 'B', 'é', 'Ж', 'й', 'ё', 'ნ', 'ö', '1', ' ', '«', '»', '-');
    fc.assert(
      fc.property(fc.string({ unit: letters, minLength: 1, maxLength: 20 }), fc.boolean(), (name, upper) => {
        fc.pre(nameKey(name) !== '');
        const own = buildClientIndex({ accounts: [{ id: 'x', name, domains: [] }], contacts: [] });
        const written = `  ${upper ? name.toUpperCase() : name.toLowerCase()}  `.replace(/ /g, '  ');
        expect(matchClient(written, own)).toEqual({ accountId: 'x' });
      }),
    );
  });

  it('never throws and reads long hostile cells in linear time', () => {
    fc.assert(fc.property(fc.string(), (s) => void matchClient(s, index)));
    const started = performance.now();
    for (let i = 0; i < 2000; i++) matchClient(`${'a.'.repeat(149)}@`, index);
    matchClient(`${'a-'.repeat(140)}!`, index);
    expect(performance.now() - started).toBeLessThan(1500);
  });
});
