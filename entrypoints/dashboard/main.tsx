import { DashboardApp } from '@/components/dashboard/DashboardApp';
import { startPage } from '@/components/ui/start-page';
import '@/components/ui/base.css';
import '@/components/dashboard/dashboard.css';

startPage(() => <DashboardApp />);
