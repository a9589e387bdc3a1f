/** An amount with its currency in the user's locale: "EUR 14,300.50", «14 300,50 EUR». */
import { uiLocale } from '@/lib/time/ui-locale';

const formats = new Map<string, Intl.NumberFormat>();

/**
 * The currency's code rather than its sign: "$" is several currencies and a panel line may list
 * three of them side by side. Whole amounts lose their ",00".
 */
export function formatMoney(amount: number, currency: string, locale: string = uiLocale()): string {
  const key = `${locale} ${currency}`;
  let f = formats.get(key);
  if (!f) {
    try {
      f = new Intl.NumberFormat(locale, {
        style: 'currency',
        currency,
        currencyDisplay: 'code',
        trailingZeroDisplay: 'stripIfInteger',
      });
    } catch {
      // A code Intl does not accept still shows, after a plain number.
      const plain = new Intl.NumberFormat(locale, { maximumFractionDigits: 3 });
      return `${plain.format(amount)} ${currency}`;
    }
    formats.set(key, f);
  }
  return f.format(amount);
}

/** The amount as the user would type it back into a form: no grouping, the locale's decimal mark. */
export function amountForInput(amount: number, locale: string = uiLocale()): string {
  return new Intl.NumberFormat(locale, { useGrouping: false, maximumFractionDigits: 3 }).format(amount);
}
