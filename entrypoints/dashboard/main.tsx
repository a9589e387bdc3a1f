// First: starts the portfolio's first-screen read before the rest of the page's code runs.
import '@/components/dashboard/first-screen-early';
import { DashboardApp } from '@/components/dashboard/DashboardApp';
import { startPage } from '@/components/ui/start-page';
import '@/components/ui/base.css';
import '@/components/dashboard/dashboard.css';

// The first-paint breakdown's steps (test/tools/bench-portfolio.mjs): every module this page
// imports has run by now; the render starts once the chosen language is loaded.
performance.mark('keyside-dashboard-scripts');
startPage(() => {
  performance.mark('keyside-dashboard-render');
  return <DashboardApp />;
});
