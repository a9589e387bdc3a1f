/**
 * The currencies offered first when entering an amount: those of the interface's markets and
 * the usual trade ones. Any other three-letter code may be typed (lib/schema/invoice.ts).
 */
export const COMMON_CURRENCIES = [
  'EUR',
  'USD',
  'GBP',
  'RUB',
  'GEL',
  'SEK',
  'NOK',
  'DKK',
  'PLN',
  'CHF',
  'CNY',
  'KZT',
  'TRY',
] as const;
