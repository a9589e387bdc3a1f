import { createRoot } from 'react-dom/client';
import { PopupApp } from '@/components/popup/PopupApp';
import { applyDocumentLocale } from '@/components/ui/document-locale';
import { rootElement } from '@/components/ui/root-element';
import '@/components/ui/base.css';

applyDocumentLocale();
createRoot(rootElement()).render(<PopupApp />);
