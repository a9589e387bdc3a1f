/**
 * A link to a captured source. Only http(s) and mailto URLs become links: a javascript: or data:
 * URL from a hostile page is shown as text and never navigated to.
 */
export function isSafeUrl(href: string): boolean {
  try {
    return ['http:', 'https:', 'mailto:'].includes(new URL(href).protocol);
  } catch {
    return false;
  }
}

export function SafeLink({ href, text }: { href: string; text: string }) {
  if (!isSafeUrl(href)) return <span className="source muted small">{text}</span>;
  return (
    <a className="source small" href={href} target="_blank" rel="noopener noreferrer" data-testid="source-link">
      {text}
    </a>
  );
}
