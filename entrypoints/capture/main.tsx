import { createRoot } from 'react-dom/client';
import { CaptureApp } from '@/components/capture/CaptureApp';
import { applyDocumentLocale } from '@/components/ui/document-locale';
import { rootElement } from '@/components/ui/root-element';
import '@/components/ui/base.css';
import '@/components/capture/capture.css';

applyDocumentLocale();
document.title = browser.i18n.getMessage('captureTitle') || document.title;
const captureId = new URLSearchParams(location.search).get('id') ?? '';
createRoot(rootElement()).render(<CaptureApp captureId={captureId} />);
