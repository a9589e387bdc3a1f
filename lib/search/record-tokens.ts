import { eachToken } from './tokenize';

/** Flags of a token within a record, kept in the low bits of its posting (postings.ts). */
export const IN_NAME = 1;
export const NAME_START = 2;
/** Longer fields (a pasted summary) are cut: the index serves search-as-you-type, not full text. */
const MAX_FIELD_CHARS = 10_000;
/** Legal forms are not what a name "starts with" for ranking: "ООО Ромашка" starts with ромашка. */
const LEGAL_FORMS = new Set([
  'ооо',
  'оао',
  'зао',
  'пао',
  'ао',
  'ип',
  'შპს',
  'llc',
  'ltd',
  'inc',
  'oy',
  'oyj',
  'ab',
  'gmbh',
  'tmi',
  'ky',
]);

/** Exact beats prefix; the name beats other fields, even an exact hit there. */
export function score(exact: boolean, flags: number): number {
  const base = flags & IN_NAME ? (exact ? 6 : 4) : exact ? 3 : 1;
  return flags & NAME_START ? base + 1 : base;
}

/**
 * Every token of a record's fields with its flags; a token may come more than once (the
 * caller merges). fields[0] is the name; its first word that is not a legal form is its start.
 */
export function eachRecordToken(fields: readonly string[], emit: (token: string, flags: number) => void): void {
  fields.forEach((field, i) => {
    const text = field.length > MAX_FIELD_CHARS ? field.slice(0, MAX_FIELD_CHARS) : field;
    if (i > 0) {
      eachToken(text, (t) => emit(t, 0));
      return;
    }
    let start: string | undefined;
    let first: string | undefined;
    const name: string[] = [];
    eachToken(text, (t) => {
      first ??= t;
      if (start === undefined && !LEGAL_FORMS.has(t)) start = t;
      name.push(t);
    });
    start ??= first;
    for (const t of name) emit(t, t === start ? IN_NAME | NAME_START : IN_NAME);
  });
}
