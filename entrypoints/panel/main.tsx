import { PanelApp } from '@/components/panel/PanelApp';
import { startPage } from '@/components/ui/start-page';
import '@/components/ui/base.css';
import '@/components/panel/panel.css';

startPage(() => <PanelApp />);
