/**
 * Whether the host page looks dark, read once when the panel mounts so the panel can match it
 * (Gmail's and Outlook's dark themes). Read from what is painted, not from a site's setting: the
 * background behind a few points of the page's content area. Undefined when the page paints no
 * background of its own; the panel then follows the OS (components/ui/base.css).
 */
export type HostTheme = 'dark' | 'light';

/** A computed colour's channels (0–255) and alpha (0–1); undefined for anything but rgb()/rgba(). */
export function parseRgb(value: string): [number, number, number, number] | undefined {
  // Computed colours are short; the classes of the pattern are disjoint, so it runs in linear time.
  if (value.length > 80) return undefined;
  const m = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)\s*(?:[,/]\s*([\d.]+)(%?)\s*)?\)$/.exec(value);
  if (!m) return undefined;
  const [r, g, b] = [m[1], m[2], m[3]].map(Number) as [number, number, number];
  const alpha = m[4] === undefined ? 1 : Number(m[4]) / (m[5] ? 100 : 1);
  if (![r, g, b, alpha].every(Number.isFinite)) return undefined;
  return [r, g, b, alpha];
}

/** WCAG relative luminance of an sRGB colour, 0 (black) to 1 (white). */
export function relativeLuminance(r: number, g: number, b: number): number {
  const lin = (c: number) => {
    const s = Math.min(Math.max(c, 0), 255) / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/**
 * The theme a background colour calls for, undefined when it is (mostly) see-through. The cut is
 * where white and black text contrast equally with it (luminance ≈ 0.18).
 */
export function themeOfBackground(color: string): HostTheme | undefined {
  const rgb = parseRgb(color);
  if (!rgb || rgb[3] < 0.5) return undefined;
  return relativeLuminance(rgb[0], rgb[1], rgb[2]) < 0.179 ? 'dark' : 'light';
}

/** The first painted background from `el` up to the root. */
function paintedTheme(el: Element | null): HostTheme | undefined {
  for (let at = el; at; at = at.parentElement) {
    const theme = themeOfBackground(getComputedStyle(at).backgroundColor);
    if (theme) return theme;
  }
  return undefined;
}

/** The host page's theme by majority of three points left of where the panel goes. */
export function hostTheme(): HostTheme | undefined {
  const w = window.innerWidth;
  const h = window.innerHeight;
  const points: [number, number][] = [
    [w * 0.3, h * 0.5],
    [w * 0.5, h * 0.3],
    [w * 0.5, h * 0.7],
  ];
  let dark = 0;
  let light = 0;
  for (const [x, y] of points) {
    const theme = paintedTheme(document.elementFromPoint(x, y) ?? document.body);
    if (theme === 'dark') dark++;
    if (theme === 'light') light++;
  }
  if (dark === light) return undefined;
  return dark > light ? 'dark' : 'light';
}
