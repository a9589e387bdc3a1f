import { createRoot } from 'react-dom/client';
import { DashboardApp } from '@/components/dashboard/DashboardApp';
import { applyDocumentLocale } from '@/components/ui/document-locale';
import '@/components/ui/base.css';
import '@/components/dashboard/dashboard.css';

applyDocumentLocale();
createRoot(document.getElementById('root')!).render(<DashboardApp />);
