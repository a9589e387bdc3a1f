import { PopupApp } from '@/components/popup/PopupApp';
import { startPage } from '@/components/ui/start-page';
import '@/components/ui/base.css';

startPage(() => <PopupApp />);
