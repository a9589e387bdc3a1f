import { CaptureApp } from '@/components/capture/CaptureApp';
import { startPage } from '@/components/ui/start-page';
import { t } from '@/lib/i18n/t';
import '@/components/ui/base.css';
import '@/components/capture/capture.css';

const captureId = new URLSearchParams(location.search).get('id') ?? '';
startPage(
  () => <CaptureApp captureId={captureId} />,
  () => (document.title = t('captureTitle')),
);
