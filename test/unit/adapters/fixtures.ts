import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Window } from 'happy-dom';
import type { PageContext } from '@/lib/schema/page-context';

const ROOT = resolve(__dirname, '../../fixtures');

// A window of its own for the golden pages: nothing is fetched (the real Roundcube dumps link
// stylesheets and frames), and happy-dom's "loading is disabled" reports go to a silent console.
const silent = { ...console, error: () => {}, warn: () => {}, log: () => {} };
const quiet = new Window({
  url: 'http://localhost/',
  console: silent,
  // Frames and scripts stay off without asking: happy-dom's defaults (enable… options).
  settings: { handleDisabledFileLoadingAsSuccess: true },
});
afterAll(() => quiet.happyDOM.close());

/** A golden page and its expected context (`<name>.expected.json`, whose `url` is the page's). */
export function loadFixture(site: string, name: string): { doc: Document; url: URL; expected: PageContext } {
  const expected = JSON.parse(readFileSync(resolve(ROOT, site, `${name}.expected.json`), 'utf8')) as PageContext;
  return { doc: loadPage(site, name), url: new URL(expected.url), expected };
}

/** Just the page, parsed as a browser would (scripts never run). */
export function loadPage(site: string, name: string): Document {
  const html = readFileSync(resolve(ROOT, site, `${name}.html`), 'utf8');
  const doc = new quiet.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
  attachDeclarativeShadowRoots(doc);
  return doc;
}

/**
 * What the browser's HTML parser does with `<template shadowrootmode>` on a page load (the golden
 * Salesforce pages render their components this way) and happy-dom's DOMParser does not: each
 * such template becomes its parent's open shadow root, nested ones in turn.
 */
export function attachDeclarativeShadowRoots(root: ParentNode): void {
  for (const template of root.querySelectorAll('template[shadowrootmode]')) {
    const host = template.parentElement;
    if (!host || host.shadowRoot) continue;
    const mode = template.getAttribute('shadowrootmode') === 'closed' ? 'closed' : 'open';
    const shadow = host.attachShadow({ mode });
    shadow.append((template as HTMLTemplateElement).content);
    template.remove();
    attachDeclarativeShadowRoots(shadow);
  }
}
