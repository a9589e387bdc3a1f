/** The #root element every extension page's HTML has (entrypoints/<page>/index.html). */
export function rootElement(): HTMLElement {
  const root = document.getElementById('root');
  if (!root) throw new Error(`${location.pathname} has no #root element`);
  return root;
}
