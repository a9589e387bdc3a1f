/**
 * The panel's theme: the content script passes the host page's look in the iframe URL's query
 * (`?theme=dark|light`, lib/content/panel-frame.ts) and it wins over the OS preference, so the
 * panel matches the page it sits on. Without it, base.css follows prefers-color-scheme.
 */
export function applyPanelTheme(search: string = location.search, root: HTMLElement = document.documentElement): void {
  const theme = new URLSearchParams(search).get('theme');
  if (theme === 'dark' || theme === 'light') root.dataset.theme = theme;
}
