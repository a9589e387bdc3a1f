import { getDb } from '@/lib/db/app-db';
import { siteRules } from '@/lib/db/queries/site-rules';
import { learnAddresses } from '@/lib/db/repos/name-confirmations';
import { getSettings } from '@/lib/db/repos/settings';
import { seedTemplatesIfEmpty } from '@/lib/db/repos/templates';
import { contentToWorker } from '@/lib/messaging/content-to-worker';
import { handle } from '@/lib/messaging/handle';
import { pagesToWorker } from '@/lib/messaging/pages-to-worker';
import { sendMessage } from '@/lib/messaging/protocol';
import { ownExtension } from '@/lib/messaging/sender-guard';
import { AfterStart } from './after-start';
import { startBadge } from './badge-service';
import { startCapture } from './capture/service';
import { runCommand } from './commands';
import { rulesForUrl } from '@/lib/adapters/rules-for-url';
import { onDataChanged } from './data-changed';
import { acceptInviteText } from './invite-handler';
import { isPanelPage, PanelGate, panelRequest } from './panel-port';
import { PanelHub } from './panel-hub';
import { startReminders } from './reminders/service';
import { SearchService } from './search-service';
import { SiteHealthRecorder } from './site-health-recorder';
import { TabStates } from './tab-state';
import { startUserHosts } from './user-hosts';
import { startCrmHosts } from './crm-hosts';
import { sharingSource, startSyncHandlers } from './sync-handlers';
import { startSyncShareHandlers } from './sync-share-handlers';
import { messagesLocale } from '@/lib/time/ui-locale';
import { teachRoute } from '@/lib/adapters/teach-route';
import { watchChosenLanguage } from '@/lib/locale/chosen-language';
import { createCaptureMenus } from './capture/menus';
import { openWelcomeOnInstall } from './welcome';
import { RULE_CODE_FILE } from '@/lib/content/rule-code';
import { ADAPTER_FILES } from '@/lib/content/adapter-code';
import { dockChoice } from './panel-dock';
import { benchMark } from '@/lib/time/bench-mark';

/** Puts the rule code into one frame of a tab; a frame that refuses it just gets no rules. */
async function injectRuleCode(tabId: number, frameId: number): Promise<void> {
  await browser.scripting
    .executeScript({ target: { tabId, frameIds: [frameId] }, files: [RULE_CODE_FILE] })
    .catch((e: unknown) => console.warn('Keyside: rule code not injected', e));
}

export async function openDashboard(hash = ''): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL(`/dashboard.html${hash ? `#${hash.replace(/^#/, '')}` : ''}`) });
}

/** Wires the worker's services to the browser's events; every message goes through handle(). */
export function startBackground() {
  benchMark('worker-start');
  // Constructing the database opens nothing: Dexie opens it at the first query, which is the
  // first request's. Start-up work that scans tables waits until those are answered (after-start.ts).
  const after = new AfterStart();
  const later = (task: () => void) => after.later(task);
  const db = getDb();
  if (import.meta.env.MODE === 'e2e') db.on('ready', () => benchMark('worker-db-open'));
  const tabs = new TabStates();
  const hub = new PanelHub(db, tabs);
  const search = new SearchService(db);
  const self = ownExtension();
  const health = new SiteHealthRecorder(db, browser.runtime.getManifest().version);
  const gate = new PanelGate({
    serve: (port, tabId) => hub.connect(port, tabId),
    closeTab: (tabId) => hub.close(tabId),
    dropState: (tabId) => tabs.drop(tabId),
    // After a worker restart the tab's binding and context are gone: ask the page's content script again.
    askContent: (tabId) => {
      benchMark('worker-ask');
      return sendMessage('resendContext', undefined, { tabId, frameId: 0 });
    },
  });
  openWelcomeOnInstall();
  // Notifications and the capture menu speak the language the user chose, not only the browser's.
  watchChosenLanguage(() => void createCaptureMenus().catch(() => undefined));
  // Any request or panel connection pushes the start-up work back to the next quiet moment.
  browser.runtime.onMessage.addListener(() => {
    after.busy();
  });
  browser.runtime.onConnect.addListener(() => after.busy());
  later(() => void seedTemplatesIfEmpty(db, messagesLocale()).catch(() => undefined));
  const reminders = startReminders(db, later);
  startBadge(db, later);

  // handle() refuses other senders and parses `data` first: see lib/messaging/handle.ts.
  handle(contentToWorker.panelMount, ({ token }, sender) => {
    benchMark('worker-mount');
    if (sender.tab?.id !== undefined) gate.mount(sender.tab.id, token, sender.url);
  });
  handle(contentToWorker.pageContext, ({ mount, ...ctx }, sender) => {
    benchMark('worker-context');
    if (sender.tab?.id === undefined) return;
    // The mount first: a restarted worker then serves the panel it wakes for this context at once.
    if (mount !== undefined) gate.mount(sender.tab.id, mount, sender.url);
    gate.context(sender.tab.id, sender.url);
    tabs.setContext(sender.tab.id, ctx);
    void health.record(ctx);
    // A sender confirmed by name (the panel's name-only choice) whose address the page now shows.
    if (ctx.people.some((p) => p.email && p.name)) void learnAddresses(db, ctx.people).catch(() => undefined);
  });
  handle(contentToWorker.inviteText, (invite, sender) => {
    if (sender.tab?.id !== undefined) acceptInviteText(tabs, sender.tab.id, sender.url, invite);
  });
  handle(contentToWorker.contentConfig, async (url, sender) => {
    const [rules, settings] = await Promise.all([siteRules(db), getSettings(db)]);
    const config = rulesForUrl(url, rules, settings);
    // Rules need their code in the page first: the content scripts do not carry it (lib/content/rule-code.ts).
    if ((config.siteRules.length > 0 || config.generic) && sender.tab?.id !== undefined)
      await injectRuleCode(sender.tab.id, sender.frameId ?? 0);
    return config;
  });
  handle(contentToWorker.adapterCode, async (name, sender) => {
    if (sender.tab?.id === undefined) return;
    await browser.scripting.executeScript({
      target: { tabId: sender.tab.id, frameIds: [sender.frameId ?? 0] },
      files: [ADAPTER_FILES[name]],
    });
  });
  handle(contentToWorker.teachDraft, async (draft, sender) => {
    if (sender.tab?.id === undefined) return;
    await openDashboard(teachRoute({ ...draft, tabId: sender.tab.id }));
  });
  const refused = { ok: false as const, error: { key: 'errorBadRequest', params: [] } };
  // The panel page speaks only through panelCommand, with the token of the mount it belongs to.
  handle(pagesToWorker.command, (cmd, sender) =>
    isPanelPage(sender.url, self) ? refused : runCommand({ db, tabs, search, openDashboard }, cmd, sender.tab?.id),
  );
  handle(pagesToWorker.panelCommand, ({ token, command }, sender) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined || !isPanelPage(sender.url, self) || !gate.admits(tabId, token, sender.tab?.url)) return refused;
    return runCommand({ db, tabs, search, openDashboard }, command, tabId);
  });
  handle(pagesToWorker.panelDock, ({ token, docked }, sender) => {
    const tab = sender.tab;
    if (tab?.id === undefined || !tab.url || !isPanelPage(sender.url, self) || !gate.admits(tab.id, token, tab.url))
      return { docked: false };
    return dockChoice(tab.url, docked);
  });
  const sync = startSyncHandlers(db, later);
  handle(pagesToWorker.dataChanged, () => {
    // A page wrote: its outbox rows go out after the next quiet moment (lib/background/sync-service.ts).
    if (db.syncSwitch.on) sync.schedule();
    return onDataChanged(db, new Date(), reminders.ready);
  });
  // A share or a revocation runs sync at once: the deputy's space gets its first copy, a revoked one its new key.
  sync.useSharing(startSyncShareHandlers(db, sharingSource(db), () => sync.schedule(0)));

  browser.runtime.onConnect.addListener((port) => gate.connect(port, panelRequest(port, self)));

  startCapture({ db, tabs });

  startUserHosts(db, later);
  startCrmHosts(later);
  browser.tabs.onRemoved.addListener((tabId) => {
    gate.removed(tabId);
    tabs.drop(tabId);
  });
  // A top-level navigation ends the tab's panel. The URL shows only for pages Keyside may read;
  // a page it may not read is, by that alone, not the page that mounted the panel.
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.url !== undefined || change.status !== undefined) gate.navigated(tabId, change.url ?? tab.url);
  });
  // Records stored before the search index existed are indexed in chunks, never at a query; the
  // first search starts it sooner (search-service.ts).
  later(() => search.start());
  benchMark('worker-listening');
  return { db, tabs, hub, search };
}
