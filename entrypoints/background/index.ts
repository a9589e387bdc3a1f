// First: marks where the script starts to run (e2e/bench build only).
import '@/lib/background/boot-mark';
// Then: the database's files start loading while the rest of the script evaluates.
import '@/lib/background/warm-database';
import { startBackground } from '@/lib/background/start-background';

/** Thin entry: the data service, alarms, menus and badge are wired in lib/background. */
export default defineBackground(() => {
  startBackground();
});
