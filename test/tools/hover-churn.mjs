// A pointer wandering over a mail page, as the host page's own scripts answer it: hover classes on
// buttons, rows and chips, a hover attribute, and a tooltip node added to and removed from the
// body; inside and outside the adapter's watched container (lib/adapters/*/selectors.ts WATCH).
// Nothing it does changes what an adapter reads. Runs in the page (page.evaluate), so it is one
// self-contained function; stopping it returns how many mutations it made.

/** Starts the churn in the page; `window.__stopHoverChurn()` stops it and returns the counts. */
export function startHoverChurn({ container, perSecond }) {
  const HOVERABLE =
    '[role="button"], [role="link"], [role="listitem"], [role="option"], [role="row"], tr, a, [email], [data-tooltip]';
  const box = document.querySelector(container);
  const all = [...document.querySelectorAll(HOVERABLE)];
  const inside = all.filter((el) => box && box.contains(el));
  const outside = all.filter((el) => !box || !box.contains(el));
  const counts = { inside: 0, outside: 0, tooltips: 0 };
  let current = null;
  let tooltip = null;
  let tick = 0;
  const leave = () => {
    if (!current) return;
    current.classList.remove('kside-hover', 'T-I-JW', 'aqw');
    current.removeAttribute('data-hovered');
    current = null;
  };
  const timer = setInterval(() => {
    tick++;
    leave();
    // Two moves in three stay inside the container: the reading pane is where the pointer rests.
    const pool = tick % 3 === 0 || inside.length === 0 ? outside : inside;
    const el = pool[(tick * 7919) % pool.length];
    if (!el) return;
    el.classList.add('kside-hover', 'T-I-JW', 'aqw');
    el.setAttribute('data-hovered', 'true');
    current = el;
    counts[pool === inside ? 'inside' : 'outside']++;
    if (tick % 4 === 0) {
      if (tooltip) {
        tooltip.remove();
        tooltip = null;
      } else {
        tooltip = document.createElement('div');
        tooltip.className = 'T-ays';
        tooltip.setAttribute('role', 'tooltip');
        tooltip.textContent = 'More';
        document.body.append(tooltip);
        counts.tooltips++;
      }
    }
  }, 1000 / perSecond);
  window.__stopHoverChurn = () => {
    clearInterval(timer);
    leave();
    tooltip?.remove();
    return counts;
  };
  return { inside: inside.length, outside: outside.length };
}
