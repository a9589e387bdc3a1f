import { PanelApp } from '@/components/panel/PanelApp';
import { applyPanelTheme } from '@/components/panel/panel-theme';
import { startPage } from '@/components/ui/start-page';
import '@/components/ui/base.css';
import '@/components/panel/panel.css';

startPage(
  () => <PanelApp />,
  () => applyPanelTheme(),
);
