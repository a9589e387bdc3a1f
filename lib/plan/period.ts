/**
 * Periods of the account plan (lib/schema/plan-figure.ts `PlanPeriod`): a year "2026", a quarter
 * "2026-Q3" or a month "2026-07". Pure: ordering, bounds and the period a day falls in.
 */

export type PeriodKind = 'year' | 'quarter' | 'month';

export interface PeriodParts {
  kind: PeriodKind;
  year: number;
  /** 1–4 for a quarter, 1–12 for a month, 0 for a year. */
  index: number;
}

const PERIOD = /^(\d{4})(?:-Q([1-4])|-(0[1-9]|1[0-2]))?$/;

/** The parts of a period, or null for text that is not one. */
export function parsePeriod(period: string): PeriodParts | null {
  const m = PERIOD.exec(period);
  if (!m) return null;
  const year = Number(m[1]);
  if (m[2]) return { kind: 'quarter', year, index: Number(m[2]) };
  if (m[3]) return { kind: 'month', year, index: Number(m[3]) };
  return { kind: 'year', year, index: 0 };
}

/** The period written the way the schema stores it. */
export function formatPeriod(p: PeriodParts): string {
  if (p.kind === 'year') return String(p.year);
  if (p.kind === 'quarter') return `${p.year}-Q${p.index}`;
  return `${p.year}-${String(p.index).padStart(2, '0')}`;
}

/** First and last month (1–12) the period covers. */
function monthRange(p: PeriodParts): [number, number] {
  if (p.kind === 'year') return [1, 12];
  if (p.kind === 'quarter') return [p.index * 3 - 2, p.index * 3];
  return [p.index, p.index];
}

/** Months since year 0 of the period's last month: later periods end later. */
export function periodEnd(p: PeriodParts): number {
  return p.year * 12 + monthRange(p)[1];
}

/** Months since year 0 of the period's first month. */
export function periodStart(p: PeriodParts): number {
  return p.year * 12 + monthRange(p)[0];
}

const fineness: Record<PeriodKind, number> = { year: 0, quarter: 1, month: 2 };

/**
 * Chronological order: by start, then the longer period first (2026 before 2026-Q1 before
 * 2026-01), so a table reads like a calendar. Text that is no period sorts last.
 */
export function comparePeriods(a: string, b: string): number {
  const pa = parsePeriod(a);
  const pb = parsePeriod(b);
  if (!pa || !pb) return pa ? -1 : pb ? 1 : a < b ? -1 : a > b ? 1 : 0;
  return periodStart(pa) - periodStart(pb) || fineness[pa.kind] - fineness[pb.kind];
}

/**
 * Recency for "the latest figure": the period that ends later, and of two ending together
 * (2026, 2026-Q4, 2026-12) the finer one, which says most about where things stand now.
 */
export function compareRecency(a: PeriodParts, b: PeriodParts): number {
  return periodEnd(a) - periodEnd(b) || fineness[a.kind] - fineness[b.kind];
}

/** The period of `kind` a calendar month falls in (`month` 1–12). */
export function periodOf(kind: PeriodKind, year: number, month: number): PeriodParts {
  if (kind === 'year') return { kind, year, index: 0 };
  if (kind === 'quarter') return { kind, year, index: Math.ceil(month / 3) };
  return { kind, year, index: month };
}

/** The period of the same kind just before (`n` = 1) or `n` periods before. */
export function shiftPeriod(p: PeriodParts, n: number): PeriodParts {
  if (p.kind === 'year') return { ...p, year: p.year - n };
  const per = p.kind === 'quarter' ? 4 : 12;
  const total = p.year * per + (p.index - 1) - n;
  return { kind: p.kind, year: Math.floor(total / per), index: (total % per) + 1 };
}
