import type { SiteAdapter } from '@/lib/adapters/types';

/**
 * Built-in adapters a content script carries only as a name and a URL check, because few pages
 * of its site need them: Outlook's calendar adapter is ~1.3 KB gzip that every mail page would
 * otherwise load (issue 13: every content script ≤ 10 KB gzip). On the first page that needs one,
 * the content script asks the worker (contentToWorker.adapterCode), which injects the file into
 * the asking frame before it answers; the file leaves the adapter here, in the extension's isolated
 * world, as page-rules.js does for rule code (rule-code.ts). A symbol key, for the same reason.
 */
export const ADAPTER_FILES = { 'calendar-outlook': '/outlook-calendar.js' } as const;
export type AdapterCodeName = keyof typeof ADAPTER_FILES;

const SLOT = Symbol.for('keyside.adapterCode');
const world = globalThis as { [SLOT]?: Partial<Record<AdapterCodeName, SiteAdapter>> };

export function provideAdapterCode(name: AdapterCodeName, adapter: SiteAdapter): void {
  world[SLOT] = { ...world[SLOT], [name]: adapter };
}

/** The adapter once the worker injected its file into this frame; undefined before. */
export function adapterCode(name: AdapterCodeName): SiteAdapter | undefined {
  return world[SLOT]?.[name];
}
