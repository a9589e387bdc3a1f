// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { applyPanelTheme } from '@/components/panel/panel-theme';

describe('the panel theme from its URL', () => {
  it.each([
    ['?theme=dark', 'dark'],
    ['?theme=light', 'light'],
    ['', undefined],
    ['?theme=purple', undefined],
    ['?theme=dark%22%20onload', undefined],
  ])('%s → data-theme %s', (search, theme) => {
    const root = document.createElement('html');
    applyPanelTheme(search, root);
    expect(root.dataset.theme).toBe(theme);
  });
});
