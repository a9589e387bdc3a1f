import { WelcomeApp } from '@/components/welcome/WelcomeApp';
import { startPage } from '@/components/ui/start-page';
import '@/components/ui/base.css';
import '@/components/dashboard/dashboard.css';

startPage(() => <WelcomeApp />);
