/**
 * Which elements start a new line, which are never text, which keep their whitespace.
 * happy-dom and DOMParser documents have no layout, so `innerText` cannot tell block from inline:
 * we decide by tag name, the way the HTML spec's default style sheet does.
 */

/** Elements the default style sheet displays as blocks: a line break before and after. */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'dir',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'html',
  'legend',
  'li',
  'main',
  'menu',
  'nav',
  'ol',
  'p',
  'pre',
  'search',
  'section',
  'summary',
  'table',
  'tbody',
  'tfoot',
  'thead',
  'tr',
  'ul',
  'listing',
  'plaintext',
  'xmp',
  'textarea',
]);

/**
 * Blocks with vertical margins in the default style sheet: a blank line around them, as on
 * screen. (Lists too, unless nested — see text-from-node.)
 */
export const PARAGRAPH_TAGS: ReadonlySet<string> = new Set([
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'pre',
  'blockquote',
  'dl',
  'figure',
]);

/**
 * Never text for a reader: code, styles, embedded documents, fallback content, vector art.
 * iframe is here so `srcdoc` and fallback children never reach the note; select/option so a
 * dropdown does not dump every choice; button because it is page chrome ("Read more");
 * rt/rp so ruby reads as its base text.
 */
export const SKIP_TAGS: ReadonlySet<string> = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'canvas',
  'video',
  'audio',
  'head',
  'title',
  'meta',
  'link',
  'base',
  'input',
  'select',
  'option',
  'datalist',
  'button',
  'rt',
  'rp',
]);

/** Whitespace inside these is content (CSS white-space: pre), not layout. */
export const PREFORMATTED_TAGS: ReadonlySet<string> = new Set(['pre', 'textarea', 'listing', 'plaintext', 'xmp']);

export const LIST_TAGS: ReadonlySet<string> = new Set(['ul', 'ol', 'menu', 'dir']);

export const CELL_TAGS: ReadonlySet<string> = new Set(['td', 'th']);

const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*(?:hidden|collapse))\s*(?:!important\s*)?(?:;|$)/i;

/**
 * Hidden by markup alone (no layout to ask): the `hidden` attribute, `aria-hidden="true"`, or an
 * inline display:none / visibility:hidden. Hidden text is often a trap (honeypot prompts,
 * duplicated screen-reader copies) and the user never saw it, so it is not captured.
 */
export function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  if ((el.getAttribute('aria-hidden') ?? '').trim().toLowerCase() === 'true') return true;
  const style = el.getAttribute('style');
  return style !== null && HIDDEN_STYLE.test(style);
}
