import { probeRule } from '@/lib/content/picker/probe-rule';

/**
 * Injected by the dashboard (Teach page, "Test on open tab") into a tab the rule is for. Like
 * capture-extract.ts it only defines the function; the dashboard then calls it with
 * executeScript({ func }) in the isolated world, where the page's own scripts cannot reach it.
 */
export default defineUnlistedScript(() => {
  (globalThis as { __keysideProbe?: typeof probeRule }).__keysideProbe = probeRule;
});
