import { t } from '@/lib/i18n/t';
import { Briefing } from './Briefing';
import { DockSwitch } from './DockSwitch';
import { EventView } from './EventView';
import { ManualSearch } from '@/components/ui/ManualSearch';
import { UndoProvider } from '@/components/ui/undo';
import { NoMatch } from './NoMatch';
import { usePanelView } from './use-panel-view';
import { runCommand } from './run-command';

/** The side panel: one view pushed by the background, rendered by status. */
export function PanelApp() {
  const { view, error, unbound } = usePanelView();
  if (unbound)
    return (
      <main className="panel">
        <p className="muted" data-testid="panel-unbound">
          {t('panelUnbound')}
        </p>
      </main>
    );
  return (
    <UndoProvider>
      <DockSwitch />
      <PanelBody view={view} error={error} />
    </UndoProvider>
  );
}

function PanelBody({ view, error }: Pick<ReturnType<typeof usePanelView>, 'view' | 'error'>) {
  return (
    <main className="panel" aria-live="polite">
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {!view || view.status === 'waiting' ? (
        <p className="muted" data-testid="panel-loading">
          {t('panelLoading')}
        </p>
      ) : view.status === 'unrecognised' ? (
        <section data-testid="layout-unrecognised">
          <p>{t('panelUnrecognised')}</p>
          <ManualSearch />
          {/* Settings → Site health (components/dashboard/SiteHealthCard.tsx) says which site stopped being read. */}
          <button
            className="link small"
            data-testid="site-health-link"
            onClick={() => void runCommand({ type: 'openDashboard', hash: '/settings/site-health' })}
          >
            {t('panelSiteHealthLink')}
          </button>
        </section>
      ) : view.status === 'none' ? (
        <section data-testid="panel-idle">
          <p className="muted">{t('panelIdle')}</p>
          <ManualSearch />
        </section>
      ) : view.status === 'no-match' ? (
        <NoMatch view={view} />
      ) : view.event ? (
        <EventView view={view} event={view.event} />
      ) : (
        view.briefings.map((b) => <Briefing key={b.account.id} briefing={b} hasMessage={!!view.context?.messageId} />)
      )}
      {view?.status === 'matched' && view.briefings[0]?.via === 'manual' && (
        <button className="link" onClick={() => void runCommand({ type: 'pinAccount', accountId: null })}>
          {t('panelUnpin')}
        </button>
      )}
    </main>
  );
}
