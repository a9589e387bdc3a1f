import { createRoot } from 'react-dom/client';
import { PopupApp } from '@/components/popup/PopupApp';
import { applyDocumentLocale } from '@/components/ui/document-locale';
import '@/components/ui/base.css';

applyDocumentLocale();
createRoot(document.getElementById('root')!).render(<PopupApp />);
