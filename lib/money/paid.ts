/**
 * The "paid" column of an accounting export: yes/no words in the interface's languages, 1/0,
 * a tick, or the day it was paid. Unknown words are a problem to report, never guessed.
 */
import { parseDay, type DayOrder } from './day';

export interface PaidState {
  paid: boolean;
  paidOn: string | null;
}

/** Lower case without accents and punctuation at the ends: "Kyllä" → "kylla", «Оплачен.» → «оплачен». */
export function foldWord(raw: string): string {
  return raw
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}✓✔✗✘]+/gu, ' ')
    .trim();
}

const words = (list: string[]) => new Set(list.map(foldWord));

const PAID = words([
  'yes',
  'y',
  'true',
  '1',
  'x',
  '✓',
  '✔',
  'paid',
  'fully paid',
  'settled',
  'closed',
  'да',
  'оплачен',
  'оплачено',
  'оплачена',
  'оплачены',
  'погашен',
  'погашено',
  'kyllä',
  'k',
  'maksettu',
  'suoritettu',
  'კი',
  'დიახ',
  'გადახდილი',
  'გადახდილია',
]);

const UNPAID = words([
  'no',
  'n',
  'false',
  '0',
  '✗',
  '✘',
  'unpaid',
  'not paid',
  'open',
  'due',
  'overdue',
  'outstanding',
  'нет',
  'не оплачен',
  'не оплачено',
  'не оплачена',
  'неоплачен',
  'неоплачено',
  'просрочен',
  'просрочено',
  'ei',
  'maksamatta',
  'maksamaton',
  'avoin',
  'erääntynyt',
  'არა',
  'გადაუხდელი',
  'გადაუხდელია',
]);

export const MAX_PAID_LENGTH = 40;

/** Unpaid for an empty cell; null when the cell says something else than paid, unpaid or a day. */
export function parsePaid(raw: string, order: DayOrder = 'dmy'): PaidState | null {
  if (raw.length > MAX_PAID_LENGTH) return null;
  const word = foldWord(raw);
  if (word === '' || UNPAID.has(word)) return { paid: false, paidOn: null };
  if (PAID.has(word)) return { paid: true, paidOn: null };
  const day = parseDay(raw, order);
  return day ? { paid: true, paidOn: day } : null;
}
