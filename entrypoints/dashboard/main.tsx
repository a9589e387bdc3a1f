import { createRoot } from 'react-dom/client';
import { DashboardApp } from '@/components/dashboard/DashboardApp';
import { applyDocumentLocale } from '@/components/ui/document-locale';
import { rootElement } from '@/components/ui/root-element';
import '@/components/ui/base.css';
import '@/components/dashboard/dashboard.css';

applyDocumentLocale();
createRoot(rootElement()).render(<DashboardApp />);
