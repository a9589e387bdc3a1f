/**
 * An imported company's web domain, the key accounts are matched and merged by: from its
 * website, or else from a person's work email (never a freemail provider's, Settings'
 * freemailDomains, nor the user's own company's).
 */
import { websiteHost } from '@/lib/matching/match-websites';
import { normalizeDomain } from '@/lib/matching/normalize';
import { Domain } from '@/lib/schema';

/** "https://www.Acme.example/about" → "acme.example"; undefined when it is no web address. */
export function domainOfWebsite(website: string): string | undefined {
  const parsed = Domain.safeParse(websiteHost(website));
  return parsed.success ? parsed.data : undefined;
}

/** The domain of a work email; undefined for freemail and the user's own domains. */
export function domainOfEmail(email: string, ignored: ReadonlySet<string>): string | undefined {
  const at = email.lastIndexOf('@');
  if (at < 0) return undefined;
  const parsed = Domain.safeParse(normalizeDomain(email.slice(at + 1)));
  if (!parsed.success || ignored.has(parsed.data)) return undefined;
  return parsed.data;
}
