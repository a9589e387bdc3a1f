import { DashboardApp } from '@/components/dashboard/DashboardApp';
import { readFirstScreenEarly } from '@/components/dashboard/first-screen';
import { routeParts } from '@/components/dashboard/use-hash-route';
import { startPage } from '@/components/ui/start-page';
import { getDb } from '@/lib/db/app-db';
import '@/components/ui/base.css';
import '@/components/dashboard/dashboard.css';

// The first-paint breakdown's steps (test/tools/bench-portfolio.mjs): every module this page
// imports has run by now; the render starts once the chosen language is loaded.
performance.mark('keyside-dashboard-scripts');
const [section] = routeParts();
if (section === undefined || section === 'accounts') readFirstScreenEarly(getDb());
startPage(() => {
  performance.mark('keyside-dashboard-render');
  return <DashboardApp />;
});
