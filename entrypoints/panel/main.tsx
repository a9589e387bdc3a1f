import { createRoot } from 'react-dom/client';
import { PanelApp } from '@/components/panel/PanelApp';
import { applyDocumentLocale } from '@/components/ui/document-locale';
import '@/components/ui/base.css';
import '@/components/panel/panel.css';

applyDocumentLocale();
createRoot(document.getElementById('root')!).render(<PanelApp />);
