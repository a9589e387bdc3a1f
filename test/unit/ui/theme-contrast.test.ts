import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { relativeLuminance } from '@/lib/content/host-theme';

/** components/ui/base.css's theme: the custom properties of each block that defines them. */
const css = readFileSync('components/ui/base.css', 'utf8');
function block(opening: string): Map<string, string> {
  const start = css.indexOf(opening);
  expect(start, opening).toBeGreaterThanOrEqual(0);
  const body = css.slice(start + opening.length, css.indexOf('}', start));
  return new Map([...body.matchAll(/(--[a-z-]+):\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()]));
}
const light = block(':root {\n  color-scheme: light;');
const darkByOs = block(":root:not([data-theme='light']) {");
const darkByHint = block(":root[data-theme='dark'] {");

function hex(value: string): [number, number, number] {
  expect(value).toMatch(/^#([0-9a-f]{3}|[0-9a-f]{6})$/i);
  const h = value.length === 4 ? value.slice(1).replace(/./g, '$&$&') : value.slice(1);
  return [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16)) as [number, number, number];
}
function contrast(theme: Map<string, string>, fg: string, bg: string): number {
  const [a, b] = [fg, bg].map((name) => relativeLuminance(...hex(theme.get(name) ?? `missing ${name}`)));
  return (Math.max(a!, b!) + 0.05) / (Math.min(a!, b!) + 0.05);
}

/** Every text colour on every fill it is used on (WCAG AA: 4.5:1 for text). */
const TEXT_PAIRS: [string, string][] = [
  ...['--bg', '--surface', '--soft'].flatMap((bg): [string, string][] => [
    ['--fg', bg],
    ['--muted', bg],
    ['--accent', bg],
    ['--danger', bg],
    ['--warn', bg],
    ['--ok', bg],
  ]),
  ['--on-accent', '--accent'],
  ['--on-accent', '--danger'],
  ['--accent', '--accent-soft'],
  ['--fg', '--accent-soft'],
  ['--danger', '--danger-soft'],
  ['--fg', '--danger-soft'],
  ['--warn', '--warn-soft'],
  ['--fg', '--warn-soft'],
  ['--muted', '--warn-soft'],
  ['--ok', '--ok-soft'],
  ['--fg', '--ok-soft'],
  ['--fg', '--private-soft'],
  ['--fg', '--mark'],
  ['--bg', '--fg'], // the toast is the theme inverted
  ['--nav-fg', '--nav-bg'],
  ['--nav-fg', '--nav-current'],
];

describe('theme colours (components/ui/base.css)', () => {
  for (const [name, theme] of [
    ['light', light],
    ['dark', darkByHint],
  ] as const) {
    it.each(TEXT_PAIRS)(`${name}: %s on %s reaches 4.5:1`, (fg, bg) => {
      expect(contrast(theme, fg, bg)).toBeGreaterThanOrEqual(4.5);
    });
    it(`${name}: the focus ring and input borders stand out from the page (3:1)`, () => {
      for (const ui of ['--focus', '--line-strong']) {
        expect(contrast(theme, ui, '--bg')).toBeGreaterThanOrEqual(3);
        expect(contrast(theme, ui, '--surface')).toBeGreaterThanOrEqual(3);
      }
    });
  }

  it('dark by the OS and dark by data-theme are the same colours, and cover every light one', () => {
    expect(darkByOs).toEqual(darkByHint);
    const aliases = [...light].filter(([, v]) => v.startsWith('var(')).map(([k]) => k);
    expect([...darkByHint.keys()].sort()).toEqual([...light.keys()].filter((k) => !aliases.includes(k)).sort());
  });

  it('no component stylesheet has a colour of its own outside the theme', () => {
    const files = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
        e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.css') ? [join(dir, e.name)] : [],
      );
    const literal = /#[0-9a-f]{3,8}\b|\b(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch)\(|:\s*(?:white|black)\s*;/i;
    const offenders = files('components').flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .map((line, i) => ({ at: `${file}:${i + 1}`, line }))
        .filter(({ line }) => !/^\s*--[a-z-]+:/.test(line) && !/^\s*(\/\*|\*)/.test(line) && literal.test(line)),
    );
    expect(offenders).toEqual([]);
  });
});
