import { extractInPage } from '@/lib/capture/in-page';

/**
 * Injected by the background into the page's isolated world (never listed in the manifest, so it
 * runs only after a user's capture gesture). Defining the function is all it does; the background
 * then calls it with executeScript({ func }) — the page's own scripts cannot see or call it.
 */
export default defineUnlistedScript(() => {
  (globalThis as { __keysideExtract?: typeof extractInPage }).__keysideExtract = extractInPage;
});
