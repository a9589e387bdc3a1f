import { Readability } from '@mozilla/readability';
import { textFromFragment } from './text-from-node';
import { MAX_CAPTURE_BYTES, clipGraphemes, truncateUtf8 } from './truncate';

export interface CapturedPage {
  title: string;
  url: string;
  /** One paragraph for the timeline: the page's own description, else its first paragraph. */
  excerpt: string;
  /** Main text as plain text (paragraphs separated by a blank line), at most 100 KB. */
  text: string;
  byline?: string;
  siteName?: string;
  /** Content language and direction as the page declares them, for rendering RTL text. */
  lang?: string;
  dir?: string;
  truncated: boolean;
  /** UTF-8 size of the main text before truncation. */
  bytes: number;
}

export interface PageOptions {
  maxBytes?: number;
  excerptChars?: number;
}

/**
 * The page as a clip: Readability finds the article on a clone (it rewrites the document it
 * is given), and our own walker turns the article into text — Readability's `textContent`
 * glues "<p>a</p><p>b</p>" into "ab". The article stays a node of the detached clone (the
 * `serializer` hands it back as is), so no HTML string is produced or parsed and nothing
 * touches the live page. When Readability finds nothing, the body's text is used.
 */
export function capturePage(doc: Document, url: string, options: PageOptions = {}): CapturedPage {
  const article = readArticle(doc);
  let text = article?.content ? textFromFragment(article.content) : '';
  if (text.trim() === '') text = textFromFragment(doc);
  const cut = truncateUtf8(text, options.maxBytes ?? MAX_CAPTURE_BYTES);
  return {
    title: oneLine(article?.title) || oneLine(doc.title),
    url,
    excerpt: excerptOf(oneLine(article?.excerpt), oneLine(article?.byline), text, options.excerptChars ?? 300),
    text: cut.text,
    ...optional('byline', oneLine(article?.byline)),
    ...optional('siteName', oneLine(article?.siteName)),
    ...optional('lang', oneLine(article?.lang)),
    ...optional('dir', oneLine(article?.dir)),
    truncated: cut.truncated,
    bytes: cut.bytes,
  };
}

type Article = NonNullable<ReturnType<Readability<Node>['parse']>>;

function readArticle(doc: Document): Article | null {
  try {
    const clone = doc.cloneNode(true) as Document;
    return new Readability<Node>(clone, { serializer: (node) => node }).parse();
  } catch {
    // A page Readability cannot handle still yields its body text: capture fails soft.
    return null;
  }
}

/**
 * Readability's excerpt is the page description or, failing that, the first paragraph's
 * textContent — with the words glued where the markup had <br>. When it is a paragraph of
 * ours (compared ignoring whitespace), take our spacing; when that paragraph is only the byline
 * ("Anna Sokolova, 14 November"), the next one says what the page is about.
 */
function excerptOf(given: string, byline: string, text: string, maxChars: number): string {
  const paragraphs = text
    .split(/\n{2,}/)
    .map((p) => oneLine(p))
    .filter((p) => p !== '');
  const at = paragraphs.findIndex((p) => squash(p) === squash(given));
  if (given !== '' && at < 0) return clipGraphemes(given, maxChars);
  let index = Math.max(at, 0);
  const isByline = (p: string): boolean => byline !== '' && squash(p).includes(squash(byline)) && p.length < byline.length + 40;
  while (index + 1 < paragraphs.length && isByline(paragraphs[index] ?? '')) index += 1;
  return clipGraphemes(paragraphs[index] ?? '', maxChars);
}

function squash(text: string): string {
  return text.replace(/\s+/gu, '');
}

function oneLine(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/gu, ' ').trim();
}

function optional<K extends string>(key: K, value: string): Partial<Record<K, string>> {
  return (value === '' ? {} : { [key]: value }) as Partial<Record<K, string>>;
}
