import { nameWords } from '@/lib/search/person-name';

/**
 * Legal forms that say nothing about which company it is ("NordFreight Oy" is "NordFreight"),
 * folded as lib/search/fold.ts folds them.
 */
const LEGAL_FORMS = new Set([
  'oy',
  'oyj',
  'ab',
  'as',
  'asa',
  'aps',
  'sa',
  'sas',
  'sarl',
  'srl',
  'spa',
  'bv',
  'nv',
  'ag',
  'gmbh',
  'kg',
  'ohg',
  'ltd',
  'limited',
  'llc',
  'llp',
  'lp',
  'inc',
  'incorporated',
  'corp',
  'corporation',
  'co',
  'company',
  'plc',
  'pty',
  'ооо',
  'оао',
  'зао',
  'пао',
  'ао',
  'ип',
  'тоо',
  'შპს',
  'სს',
]);

/** A company name's distinguishing words, folded, legal forms left out. */
export function companyWords(name: string): string[] {
  return nameWords(name.slice(0, 300)).filter((w) => !LEGAL_FORMS.has(w));
}

/**
 * Whether a CRM record's company name and a dossier's name may be the same company: the same
 * words once case, accents and legal forms are set aside, or the same letters with the spaces
 * left out ("Nord Freight" / "NordFreight Oy"). Only ever offered as a suggestion the user
 * confirms (components/panel/CompanySuggestion.tsx), never a match by itself.
 */
export function companyNamesMatch(a: string, b: string): boolean {
  const wa = companyWords(a);
  const wb = companyWords(b);
  if (wa.length === 0 || wb.length === 0) return false;
  return wa.join('') === wb.join('');
}

/** The word a dossier's name starts with, to find candidates by the accounts' `name` index. */
export function companyLookupPrefixes(name: string): string[] {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const first = words[0]?.replace(/^["'«„“]+/u, '') ?? '';
  const significant = companyWords(name)[0] ?? '';
  // The index lookup ignores case: one spelling per word.
  const byCase = new Map([first, significant].filter((w) => w.length >= 2).map((w) => [w.toLowerCase(), w]));
  return [...byCase.values()];
}
