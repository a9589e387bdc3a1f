import type { TeachDraft } from '@/lib/schema/teach-draft';

/** The dashboard's route segment of the Teach page (components/dashboard/teach/TeachPage.tsx). */
export const TEACH_SECTION = 'teach';

/** `/teach/<draft as JSON>`: the whole draft travels in the hash, the page parses it again. */
export function teachRoute(draft: TeachDraft): string {
  return `/${TEACH_SECTION}/${encodeURIComponent(JSON.stringify(draft))}`;
}

/**
 * The match pattern the Teach page proposes for a page: its scheme and host (any port, as the
 * browser's permission covers them all) and the first path segment when it names a section of
 * the app (`/contacts/17` → `/contacts/*`), else the whole site.
 */
export function proposePattern(href: string): string {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return '';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return '';
  const [first, ...rest] = url.pathname.split('/').filter(Boolean);
  const section = first && rest.length > 0 && /^[a-z][a-z_-]{1,40}$/i.test(first) ? `/${first}/` : '/';
  return `${url.protocol}//${url.hostname}${section}*`;
}

/**
 * A name for the rule: the application's name, which pages usually put last in their title
 * ("Anna Petrova · Contact · TinyCRM"), else the host. Never the record's own part (the first).
 */
export function proposeName(title: string, href: string): string {
  const parts = title.split(/\s+[·|–—-]\s+/).map((p) => p.trim());
  const last = parts.length > 1 ? parts[parts.length - 1] : undefined;
  if (last && last.length >= 2 && last.length <= 40) return last;
  try {
    return new URL(href).hostname;
  } catch {
    return '';
  }
}
