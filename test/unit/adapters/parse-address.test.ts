import { cleanName, findAddresses, normaliseEmail, parseAddress, parseAddressList } from '@/lib/adapters/parse-address';

describe('normaliseEmail', () => {
  it('lower-cases, strips mailto:, query, angle brackets and %-escapes', () => {
    expect(normaliseEmail('MAILTO:Anna.Petrova%40ACME-Logistics.example?subject=Hi')).toBe('anna.petrova@acme-logistics.example');
    expect(normaliseEmail(' <Igor.Smirnov@acme-logistics.example> ')).toBe('igor.smirnov@acme-logistics.example');
  });

  it('accepts Unicode local parts and domains', () => {
    expect(normaliseEmail('Мария@Пример.рф')).toBe('мария@пример.рф');
  });

  it('rejects what is not one address', () => {
    for (const bad of [
      '',
      'mailto:',
      'not-an-address',
      'a@b',
      'a@@b.example',
      'a b@c.example',
      'a@.example',
      'a@b..example',
      'x@' + 'a'.repeat(320) + '.example',
    ]) {
      expect(normaliseEmail(bad)).toBeNull();
    }
    expect(normaliseEmail(null)).toBeNull();
  });

  it('stays fast on long hostile input (no runaway backtracking)', () => {
    const hostile = 'a@' + 'b.'.repeat(5000) + '!';
    const started = Date.now();
    normaliseEmail(hostile);
    findAddresses(hostile);
    expect(Date.now() - started).toBeLessThan(500);
  });
});

describe('parseAddress', () => {
  it.each([
    ['Anna Petrova <anna.petrova@acme-logistics.example>', 'anna.petrova@acme-logistics.example', 'Anna Petrova'],
    ['"Smirnov, Igor" <IGOR.SMIRNOV@acme-logistics.example>', 'igor.smirnov@acme-logistics.example', 'Smirnov, Igor'],
    ['<kam@keyside.example>', 'kam@keyside.example', ''],
    ['giorgi.beridze@tbilisi-wine.example (გიორგი ბერიძე)', 'giorgi.beridze@tbilisi-wine.example', 'გიორგი ბერიძე'],
    ['mailto:new.person@unknown-co.example', 'new.person@unknown-co.example', ''],
    ['kam@keyside.example <kam@keyside.example>', 'kam@keyside.example', ''],
  ])('%s', (raw, email, name) => {
    expect(parseAddress(raw)).toEqual({ email, name });
  });

  it('returns null for text without an address', () => {
    expect(parseAddress('Anna Petrova')).toBeNull();
    expect(parseAddress('Anna <nobody>')).toBeNull();
  });
});

describe('parseAddressList', () => {
  it('splits on commas and semicolons outside quotes and brackets, skipping invalid parts', () => {
    const list = parseAddressList(
      '"Petrova, Anna" <anna.petrova@acme-logistics.example>; igor.smirnov@acme-logistics.example, junk, Мария Иванова <maria.ivanova@severny-veter.example>',
    );
    expect(list).toEqual([
      { email: 'anna.petrova@acme-logistics.example', name: 'Petrova, Anna' },
      { email: 'igor.smirnov@acme-logistics.example', name: '' },
      { email: 'maria.ivanova@severny-veter.example', name: 'Мария Иванова' },
    ]);
  });

  it('reads a mailto: URL with several recipients', () => {
    expect(parseAddressList('mailto:a@x.example,b@y.example?cc=c@z.example').map((a) => a.email)).toEqual([
      'a@x.example',
      'b@y.example',
    ]);
  });
});

describe('findAddresses', () => {
  it('finds "Name<address>" and bare addresses in running text without taking labels as names', () => {
    expect(
      findAddresses(
        'To: Igor Smirnov <igor.smirnov@acme-logistics.example>; Кому: Мария Иванова<maria.ivanova@severny-veter.example>, kam@keyside.example.',
      ),
    ).toEqual([
      { email: 'igor.smirnov@acme-logistics.example', name: 'Igor Smirnov' },
      { email: 'maria.ivanova@severny-veter.example', name: 'Мария Иванова' },
      { email: 'kam@keyside.example', name: '' },
    ]);
  });
});

describe('cleanName', () => {
  it('drops quotes and a name that only repeats the address', () => {
    expect(cleanName('  "Anna   Petrova" ')).toBe('Anna Petrova');
    expect(cleanName('anna@x.example', 'anna@x.example')).toBe('');
  });
});
