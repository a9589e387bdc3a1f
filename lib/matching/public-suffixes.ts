/**
 * Two-label public suffixes common among our users' correspondents. Under these, the
 * registrable domain has three labels (acme.co.uk), so domain matching must never stop at
 * "co.uk" — that would put every British company in one account. Not the full Public Suffix
 * List (~10k rules, ~200 KB): business mail rarely comes from the long tail, and a missing
 * entry only means one suffix too many is tried, which matches nothing unless an account
 * was saved with that bare suffix as its domain — which the Domain schema allows but no one does.
 */
export const TWO_LEVEL_PUBLIC_SUFFIXES: ReadonlySet<string> = new Set([
  // United Kingdom
  'co.uk',
  'org.uk',
  'me.uk',
  'ltd.uk',
  'plc.uk',
  'net.uk',
  'ac.uk',
  'gov.uk',
  'nhs.uk',
  // Russia and neighbours
  'com.ru',
  'org.ru',
  'net.ru',
  'pp.ru',
  'msk.ru',
  'spb.ru',
  'nov.ru',
  'ru.net',
  'com.ua',
  'org.ua',
  'in.ua',
  'kiev.ua',
  'com.by',
  'com.kz',
  'org.kz',
  'com.am',
  'com.az',
  'com.uz',
  // Georgia
  'com.ge',
  'org.ge',
  'net.ge',
  'edu.ge',
  'gov.ge',
  'pvt.ge',
  // Elsewhere
  'com.au',
  'net.au',
  'org.au',
  'edu.au',
  'gov.au',
  'co.nz',
  'org.nz',
  'co.jp',
  'ne.jp',
  'or.jp',
  'ac.jp',
  'co.kr',
  'com.cn',
  'com.hk',
  'com.tw',
  'com.sg',
  'com.my',
  'co.in',
  'co.id',
  'co.il',
  'co.za',
  'com.tr',
  'com.br',
  'com.mx',
  'com.ar',
  'com.pl',
  'com.cy',
  'co.at',
  'or.at',
  'com.es',
  'com.pt',
  'com.gr',
  'com.ee',
  'com.lv',
  'eu.com',
  'uk.com',
  'us.com',
]);

/** True for a bare TLD ("example", "рф") or a listed two-label suffix ("co.uk"). */
export function isPublicSuffix(domain: string): boolean {
  return !domain.includes('.') || TWO_LEVEL_PUBLIC_SUFFIXES.has(domain);
}
