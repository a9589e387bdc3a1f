// First: marks where the script starts to run (e2e/bench build only).
import '@/lib/background/boot-mark';
import { startBackground } from '@/lib/background/start-background';

/** Thin entry: the data service, alarms, menus and badge are wired in lib/background. */
export default defineBackground(() => {
  startBackground();
});
