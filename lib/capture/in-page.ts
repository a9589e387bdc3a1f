import { captureLink } from './link';
import { capturePage } from './page';
import { captureSelection } from './selection';
import { textFromFragment } from './text-from-node';
import { clipGraphemes, truncateUtf8, type Truncated } from './truncate';

/**
 * The part of capture that runs inside the web page (the extension's isolated world), injected
 * by the background with scripting.executeScript after a user gesture (activeTab). It only
 * reads: the selection, the page's title/URL and — for a page capture — its main text, all as
 * plain text through lib/capture. The result crosses back by structured clone, so it is data.
 */

export interface ExtractArgs {
  /** 'page' also runs Readability over the page (only the top frame does). */
  wantPage: boolean;
  /** A right-clicked link (contextMenus gives its URL; its words are read from the page). */
  linkUrl?: string;
}

export interface PageFacts {
  title: string;
  url: string;
  excerpt?: string;
  text?: string;
  truncated?: boolean;
  bytes?: number;
}

/** A right-clicked link: its words, and its target only when that is a safe http(s)/mailto URL. */
export interface LinkFacts {
  url: string | null;
  text: string;
}

export interface FrameExtract {
  top: boolean;
  selection: Truncated | null;
  page: PageFacts | null;
  link: LinkFacts | null;
}

export function extractInPage(args: ExtractArgs): FrameExtract {
  const top = window.top === window;
  return {
    top,
    selection: selectionOf(document),
    page: top ? pageFacts(args.wantPage) : null,
    link: args.linkUrl ? linkOf(args.linkUrl) : null,
  };
}

/** The selection as text; a selection inside a text field is read from the field's value. */
function selectionOf(doc: Document): Truncated | null {
  const field = doc.activeElement;
  if (field instanceof HTMLTextAreaElement || (field instanceof HTMLInputElement && field.type === 'text')) {
    const { selectionStart: from, selectionEnd: to, value } = field;
    if (from !== null && to !== null && to > from) return truncateUtf8(value.slice(from, to));
  }
  const selection = doc.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const captured = captureSelection(selection);
  return captured.text.trim() === '' ? null : captured;
}

function pageFacts(wantPage: boolean): PageFacts {
  const title = clipGraphemes(document.title.replace(/\s+/gu, ' ').trim(), 500);
  if (!wantPage) return { title, url: location.href };
  const page = capturePage(document, location.href);
  return {
    title: clipGraphemes(page.title, 500) || title,
    url: location.href,
    excerpt: page.excerpt,
    text: page.text,
    truncated: page.truncated,
    bytes: page.bytes,
  };
}

/**
 * Chrome's menu gives no link words: find the anchor with that href and read its text. A
 * javascript:/data: target is dropped here (captureLink refuses it) but its words are kept.
 */
function linkOf(linkUrl: string): LinkFacts {
  const anchor = Array.from(document.querySelectorAll('a[href]')).find((a) => (a as HTMLAnchorElement).href === linkUrl);
  const words = clipGraphemes((anchor ? textFromFragment(anchor) : '').replace(/\s+/gu, ' ').trim(), 500);
  const link = captureLink({ href: linkUrl, text: words }, location.href);
  return { url: link?.url ?? null, text: link?.text ?? words };
}
