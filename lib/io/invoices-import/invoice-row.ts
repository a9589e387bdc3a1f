/**
 * One mapped record of an accounting export → the invoice it describes, or the reasons it is
 * set aside (by its line in the file). Nothing is guessed: an unknown client, an amount or a
 * day that does not read, or a "paid" word we do not know is reported, never dropped silently.
 */
import { detectDecimalMark, parseAmount, type DecimalMark } from '@/lib/money/amount';
import { detectDayOrder, parseDay, type DayOrder } from '@/lib/money/day';
import { parsePaid } from '@/lib/money/paid';
import { Currency } from '@/lib/schema/invoice';
import { valuesByField, type Mapping } from '@/lib/io/contacts-import/mapping';
import { matchClient, type ClientIndex } from './client-match';
import type { InvoiceFieldKey } from './invoice-fields';

export interface InvoiceCandidate {
  line: number;
  accountId: string;
  /** The client as the file names it, for the preview. */
  client: string;
  number: string;
  amount: number;
  currency: string;
  /** undefined: the file has no such column, so an update keeps what is stored. */
  issuedOn: string | null | undefined;
  dueOn: string | null | undefined;
  paid: { paid: boolean; paidOn: string | null } | undefined;
}

export type InvoiceProblemKey =
  | 'invoicesImportNoClient'
  | 'invoicesImportUnknownClient'
  | 'invoicesImportAmbiguousClient'
  | 'invoicesImportNoAmount'
  | 'invoicesImportBadAmount'
  | 'invoicesImportNoCurrency'
  | 'invoicesImportBadCurrency'
  | 'invoicesImportBadDate'
  | 'invoicesImportBadPaid'
  | 'invoicesImportDuplicate';

export interface InvoiceProblem {
  line: number;
  key: InvoiceProblemKey;
  params: string[];
}

/** How the whole file writes numbers and days, read off its columns before any row. */
export interface ReadHabits {
  decimal: DecimalMark;
  dayOrder: DayOrder;
}

export interface RowContext extends ReadHabits {
  index: ClientIndex;
  /** For rows whose file names no currency ('' when the user chose none). */
  defaultCurrency: string;
}

/** The column of `key` in `mapping`, -1 when none feeds it. */
const columnOf = (mapping: Mapping<InvoiceFieldKey>, key: InvoiceFieldKey) => mapping.indexOf(key);

/** The decimal mark and day order the file uses, from its amount and date columns. */
export function readHabits(
  rows: readonly (readonly string[])[],
  mapping: Mapping<InvoiceFieldKey>,
  fallback: DecimalMark,
): ReadHabits {
  const amount = columnOf(mapping, 'amount');
  const dayColumns = (['issuedOn', 'dueOn', 'paid'] as const).map((k) => columnOf(mapping, k)).filter((c) => c >= 0);
  const decimal = amount >= 0 ? detectDecimalMark(rows.map((r) => r[amount] ?? '')) : undefined;
  const dayOrder = detectDayOrder(rows.flatMap((r) => dayColumns.map((c) => r[c] ?? '')));
  return { decimal: decimal ?? fallback, dayOrder };
}

function currencyOf(raw: string): string | null {
  const parsed = Currency.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

export function toInvoiceCandidate(
  row: readonly string[],
  line: number,
  mapping: Mapping<InvoiceFieldKey>,
  ctx: RowContext,
): { candidate?: InvoiceCandidate; problems: InvoiceProblem[] } {
  const v = valuesByField(row, mapping);
  const one = (k: InvoiceFieldKey) => v.get(k)?.[0] ?? '';
  const problems: InvoiceProblem[] = [];
  const bad = (key: InvoiceProblemKey, ...params: string[]) => problems.push({ line, key, params });

  const client = one('client');
  let accountId = '';
  if (!client) bad('invoicesImportNoClient');
  else {
    const m = matchClient(client, ctx.index);
    if ('accountId' in m) accountId = m.accountId;
    else bad(m.problem === 'ambiguous' ? 'invoicesImportAmbiguousClient' : 'invoicesImportUnknownClient', client);
  }

  const rawAmount = one('amount');
  const amount = rawAmount ? parseAmount(rawAmount, ctx.decimal) : null;
  if (!rawAmount) bad('invoicesImportNoAmount');
  else if (!amount) bad('invoicesImportBadAmount', rawAmount);

  const rawCurrency = one('currency');
  let currency = rawCurrency ? currencyOf(rawCurrency) : (amount?.currency ?? (ctx.defaultCurrency || null));
  if (rawCurrency && !currency) bad('invoicesImportBadCurrency', rawCurrency);
  else if (!currency && amount) bad('invoicesImportNoCurrency');
  currency ??= '';

  const day = (k: 'issuedOn' | 'dueOn'): string | null | undefined => {
    if (columnOf(mapping, k) < 0) return undefined;
    const raw = one(k);
    if (!raw) return null;
    const parsed = parseDay(raw, ctx.dayOrder);
    if (!parsed) bad('invoicesImportBadDate', raw);
    return parsed;
  };
  const issuedOn = day('issuedOn');
  const dueOn = day('dueOn');

  let paid: InvoiceCandidate['paid'];
  if (columnOf(mapping, 'paid') >= 0) {
    const raw = one('paid');
    const parsed = parsePaid(raw, ctx.dayOrder);
    if (!parsed) bad('invoicesImportBadPaid', raw);
    else paid = parsed;
  }

  if (problems.length > 0 || !amount) return { problems };
  return {
    candidate: { line, accountId, client, number: one('number'), amount: amount.value, currency, issuedOn, dueOn, paid },
    problems,
  };
}

/** Every record of a table → candidates and the problems that set records aside, by line. */
export function invoiceCandidatesOf(
  table: { rows: readonly (readonly string[])[]; lines: readonly number[] },
  mapping: Mapping<InvoiceFieldKey>,
  ctx: RowContext,
): { candidates: InvoiceCandidate[]; problems: InvoiceProblem[] } {
  const candidates: InvoiceCandidate[] = [];
  const problems: InvoiceProblem[] = [];
  for (let i = 0; i < table.rows.length; i++) {
    const r = toInvoiceCandidate(table.rows[i] ?? [], table.lines[i] ?? 0, mapping, ctx);
    if (r.candidate) candidates.push(r.candidate);
    for (const p of r.problems) problems.push(p);
  }
  return { candidates, problems };
}
