/**
 * Periods, measures and figures in the user's language: "Q3 2026", «июль 2026 г.», "14 300 €".
 * Month names and numbers come from Intl in the interface locale; a quarter has no Intl form,
 * so its words are a message (`planQuarter`).
 */
import { t, type MessageKey } from '@/lib/i18n/t';
import { uiLocale } from '@/lib/time/ui-locale';
import { parsePeriod } from './period';

/** A period as people name it: "2026", "Q3 2026", "July 2026" (`short`: "Jul 2026"). */
export function periodLabel(period: string, style: 'long' | 'short' = 'long', locale: string = uiLocale()): string {
  const p = parsePeriod(period);
  if (!p) return period;
  if (p.kind === 'year') return String(p.year);
  if (p.kind === 'quarter') return t('planQuarter', quarterName(p.index), p.year);
  const month = new Intl.DateTimeFormat(locale, { month: style === 'long' ? 'long' : 'short', year: 'numeric', timeZone: 'UTC' });
  return month.format(Date.UTC(p.year, p.index - 1, 15));
}

/** A quarter's own name: "Q3", «3 кв.», Georgian "III". */
export function quarterName(index: number): string {
  return t(`planQuarterName_${index}` as MessageKey);
}

/** The name of a measure: the built-in ones translated, the user's own as typed. */
export function measureLabel(measure: string): string {
  if (measure === 'sales') return t('planMeasure_sales');
  if (measure === 'margin') return t('planMeasure_margin');
  return measure;
}

/** True for an ISO 4217 code that Intl can format (three letters). */
export function isCurrencyCode(code: string): boolean {
  if (!/^[A-Z]{3}$/.test(code)) return false;
  try {
    new Intl.NumberFormat('en', { style: 'currency', currency: code });
    return true;
  } catch {
    return false;
  }
}

const formatters = new Map<string, Intl.NumberFormat>();
function formatter(locale: string, currency: string, compact: boolean): Intl.NumberFormat {
  const key = `${locale}|${currency}|${compact ? 'c' : ''}`;
  let f = formatters.get(key);
  if (!f) {
    const money = isCurrencyCode(currency);
    f = new Intl.NumberFormat(locale, {
      ...(money ? { style: 'currency', currency } : {}),
      ...(compact ? { notation: 'compact', maximumFractionDigits: 1 } : { maximumFractionDigits: 2 }),
    });
    formatters.set(key, f);
  }
  return f;
}

/** A plan or actual figure: with its currency when it has one ("14 300,50 €"), else a plain number. */
export function formatFigure(n: number, currency: string, locale: string = uiLocale()): string {
  return formatter(locale, currency, false).format(n);
}

/** The same, short for a chart axis ("14K €"). */
export function formatFigureCompact(n: number, currency: string, locale: string = uiLocale()): string {
  return formatter(locale, currency, true).format(n);
}

/** A signed gap percentage: "+12 %", "−36 %" in the locale's number format. */
export function formatGapPercent(percent: number, locale: string = uiLocale()): string {
  return new Intl.NumberFormat(locale, { style: 'percent', signDisplay: 'exceptZero', maximumFractionDigits: 0 }).format(
    percent / 100,
  );
}

/** A share of plan: "64 %". */
export function formatShare(percent: number, locale: string = uiLocale()): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(percent / 100);
}

/** A signed gap amount: "−3 600 €". */
export function formatGapAmount(n: number, currency: string, locale: string = uiLocale()): string {
  const money = isCurrencyCode(currency);
  return new Intl.NumberFormat(locale, {
    ...(money ? { style: 'currency', currency } : {}),
    signDisplay: 'exceptZero',
    maximumFractionDigits: 2,
  }).format(n);
}
