import { createRoot } from 'react-dom/client';
import { PanelApp } from '@/components/panel/PanelApp';
import { applyPanelTheme } from '@/components/panel/panel-theme';
import { applyDocumentLocale } from '@/components/ui/document-locale';
import { rootElement } from '@/components/ui/root-element';
import '@/components/ui/base.css';
import '@/components/panel/panel.css';

applyDocumentLocale();
applyPanelTheme();
createRoot(rootElement()).render(<PanelApp />);
