// Shared by the panel benches (bench-panel.mjs, bench-cold.mjs): "painted" is measured the same way
// in both, so their figures compare.

/** Arms a watcher in the panel: resolves at the next frame after `selector` shows `text`. */
export function armPaint(panel, selector, text) {
  return panel.evaluate(
    ([sel, want]) => {
      window.__painted = new Promise((resolve) => {
        const check = () => {
          const el = document.querySelector(sel);
          if (el && el.textContent.includes(want)) {
            obs.disconnect();
            requestAnimationFrame(() => resolve(performance.timeOrigin + performance.now()));
          }
        };
        const obs = new MutationObserver(check);
        obs.observe(document.body, { childList: true, subtree: true, characterData: true });
        check();
      });
    },
    [selector, text],
  );
}
