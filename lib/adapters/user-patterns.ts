import { parseOrigin } from '@/lib/permissions/origins';

/** Match patterns for every site the user added: self-hosted webmail, generic pages, CRM rules. */
export function userPatterns(
  webmailOrigins: readonly string[],
  genericOrigins: readonly string[],
  rulePatterns: readonly string[],
): string[] {
  const fromOrigins = [...webmailOrigins, ...genericOrigins].flatMap((o) => parseOrigin(o)?.pattern ?? []);
  return [...new Set([...fromOrigins, ...rulePatterns])].sort();
}
