import type { SearchRecord } from '@/lib/search';
import { recordFromAccount, recordFromContact } from '@/lib/search';

/** Deterministic PRNG (mulberry32) so a failing perf or property run can be replayed. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = {
  latin: ['ka', 'ri', 'to', 'ne', 'mo', 'sa', 'li', 'ver', 'tan', 'nor', 'dic', 'ex', 'al', 'ber', 'con', 'vi', 'hä', 'jär'],
  cyrillic: ['ро', 'ма', 'шка', 'пет', 'ров', 'иван', 'ко', 'лёв', 'зай', 'цев', 'сер', 'гей', 'ена', 'тех', 'снаб', 'йо'],
  georgian: ['სა', 'ქარ', 'თვე', 'ლო', 'ბე', 'რი', 'ძე', 'ნი', 'ნო', 'თბი', 'ლი', 'სი', 'ალ', 'ფა', 'გი', 'ორ'],
};
const SCRIPTS = Object.keys(SYLLABLES) as (keyof typeof SYLLABLES)[];
const TAGS = ['ключевой', 'ритейл', 'ბანკი', 'logistics', 'pharma', 'CRM-ის', 'IT', 'партнёр', 'სტრატეგიული'];
const TITLES = ['CEO', 'CFO', 'Директор по закупкам', 'მენეჯერი', 'Head of IT', 'Главный бухгалтер', 'Ostopäällikkö'];
const TLDS = ['example', 'co.uk', 'ge', 'ru', 'fi', 'com.ge'];

export function generator(seed: number) {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
  const word = (script = pick(SCRIPTS)): string => {
    let w = '';
    for (let n = 2 + Math.floor(r() * 3); n > 0; n--) w += pick(SYLLABLES[script]);
    // Capitals as users type them — for Georgian that is Mtavruli, which search must fold.
    return r() < 0.3 ? w[0]!.toUpperCase() + w.slice(1) : r() < 0.05 ? w.toUpperCase() : w;
  };
  const latin = () =>
    word('latin')
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '');
  const words = (n: number) => Array.from({ length: n }, () => word()).join(' ');

  const account = (i: number): SearchRecord => {
    const name = words(1 + Math.floor(r() * 3));
    const domain = `${latin()}${i}.${pick(TLDS)}`;
    return recordFromAccount({
      id: `a${i}`,
      name,
      legalName: pick(['ООО «', 'შპს «', '', 'Oy ']) + name + (r() < 0.5 ? '»' : ''),
      domains: r() < 0.3 ? [domain, `mail.${domain}`] : [domain],
      tags: Array.from({ length: Math.floor(r() * 3) }, () => pick(TAGS)),
      summary: words(10 + Math.floor(r() * 15)),
    });
  };
  const contact = (i: number): SearchRecord =>
    recordFromContact({
      id: `c${i}`,
      name: `${word()} ${word()}`,
      emails: [`${latin()}.${latin()}${i}@${latin()}.${pick(TLDS)}`],
      title: pick(TITLES),
    });
  return { r, pick, word, account, contact };
}
