// First: hides a page element named `browser` before the extension API is read (see the module).
import '@/lib/content/isolated-runtime';
import { startPicker } from '@/lib/content/picker/start-picker';

/**
 * Injected by the popup's "Teach Keyside this page" through activeTab (never listed in the
 * manifest, so it runs only after that click). Each injection starts the picker afresh.
 */
export default defineUnlistedScript(() => startPicker());
