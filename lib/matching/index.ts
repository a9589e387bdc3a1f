/** Page people → accounts and contacts: pure rules over a lookup the background implements. */
export {
  cleanEmail,
  normalizeEmail,
  emailLookupKeys,
  normalizeDomain,
  domainOf,
  domainCandidates,
  domainLookupForms,
  isWithinDomains,
} from './normalize';
export { isPublicSuffix, TWO_LEVEL_PUBLIC_SUFFIXES } from './public-suffixes';
export { domainToAscii, domainToUnicode } from './punycode';
export { matchPeople } from './match';
export { accountsByWebsites, websiteHost } from './match-websites';
export type { AccountMatch, LooseContactMatch, MatchLookup, MatchResult, MatchSettings } from './types';
export { crmRefKeys, crmSystemId, normaliseRecordUrl, pageCrmKeys, refIsRecord, type CrmRefLike } from './crm-ref-keys';
export { companyLookupPrefixes, companyNamesMatch } from './company-name';
