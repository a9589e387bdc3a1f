import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** A fixture page parsed into its own inert document (DOMParser runs no scripts). */
export function loadFixture(name: string): Document {
  const html = readFileSync(resolve(import.meta.dirname, '../../fixtures/capture', name), 'utf8');
  return new DOMParser().parseFromString(html, 'text/html');
}

/**
 * A fixture's body imported into the test window's document but left detached (like a
 * template: nothing loads or runs). happy-dom 21 ties every Range to the window's document and
 * collapses ranges over nodes of other documents, so selections are made here.
 */
export function loadFixtureBody(name: string): HTMLElement {
  return document.importNode(loadFixture(name).body, true);
}

/**
 * A Range from the first occurrence of `from` to the end of the first occurrence of `to` after
 * it, as a user's drag would make — tests say what they select in words, not node offsets.
 */
export function rangeByText(root: Node, from: string, to: string): Range {
  const texts = textNodes(root);
  const startIndex = texts.findIndex((t) => t.data.includes(from));
  const start = texts[startIndex];
  if (!start) throw new Error(`no text node contains ${JSON.stringify(from)}`);
  const startOffset = start.data.indexOf(from);
  const range = document.createRange();
  range.setStart(start, startOffset);
  for (let i = startIndex; i < texts.length; i += 1) {
    const node = texts[i]!;
    const after = i === startIndex ? startOffset : 0;
    const at = node.data.indexOf(to, after);
    if (at >= 0) {
      range.setEnd(node, at + to.length);
      return range;
    }
  }
  throw new Error(`no ${JSON.stringify(to)} after ${JSON.stringify(from)}`);
}

function textNodes(root: Node): Text[] {
  const out: Text[] = [];
  const walk = (n: Node): void => {
    if (n.nodeType === 3) out.push(n as Text);
    for (let c = n.firstChild; c; c = c.nextSibling) walk(c);
  };
  walk(root);
  return out;
}
