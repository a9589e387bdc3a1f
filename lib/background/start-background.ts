import { getDb } from '@/lib/db/app-db';
import { siteRules } from '@/lib/db/queries/site-rules';
import { getSettings } from '@/lib/db/repos/settings';
import { seedTemplatesIfEmpty } from '@/lib/db/repos/templates';
import { contentToWorker } from '@/lib/messaging/content-to-worker';
import { handle } from '@/lib/messaging/handle';
import { pagesToWorker } from '@/lib/messaging/pages-to-worker';
import { sendMessage } from '@/lib/messaging/protocol';
import { ownExtension } from '@/lib/messaging/sender-guard';
import { startBadge } from './badge-service';
import { startCapture } from './capture/service';
import { runCommand } from './commands';
import { rulesForUrl } from '@/lib/adapters/rules-for-url';
import { onDataChanged } from './data-changed';
import { acceptInviteText } from './invite-handler';
import { panelPortTab } from './panel-port';
import { PanelHub } from './panel-hub';
import { startReminders } from './reminders/service';
import { SearchService } from './search-service';
import { TabStates } from './tab-state';
import { startUserHosts } from './user-hosts';
import { messagesLocale } from '@/lib/time/ui-locale';

export async function openDashboard(hash = ''): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL(`/dashboard.html${hash ? `#${hash.replace(/^#/, '')}` : ''}`) });
}

/** Wires the worker's services to the browser's events; every message goes through handle(). */
export function startBackground() {
  const db = getDb();
  const tabs = new TabStates();
  const hub = new PanelHub(db, tabs);
  const search = new SearchService(db);
  const self = ownExtension();
  void seedTemplatesIfEmpty(db, messagesLocale()).catch(() => undefined);
  const reminders = startReminders(db);
  startBadge(db);

  // handle() refuses other senders and parses `data` first: see lib/messaging/handle.ts.
  handle(contentToWorker.pageContext, (ctx, sender) => {
    if (sender.tab?.id !== undefined) tabs.setContext(sender.tab.id, ctx);
  });
  handle(contentToWorker.inviteText, (invite, sender) => {
    if (sender.tab?.id !== undefined) acceptInviteText(tabs, sender.tab.id, sender.url, invite);
  });
  handle(contentToWorker.contentConfig, async (url) => {
    const [rules, settings] = await Promise.all([siteRules(db), getSettings(db)]);
    return rulesForUrl(url, rules, settings);
  });
  handle(pagesToWorker.command, (cmd, sender) => runCommand({ db, tabs, search, openDashboard }, cmd, sender.tab?.id));
  handle(pagesToWorker.dataChanged, () => onDataChanged(db, new Date(), reminders.ready));

  browser.runtime.onConnect.addListener((port) => {
    const tabId = panelPortTab(port, self);
    if (tabId === undefined) {
      port.disconnect();
      return;
    }
    hub.connect(port, tabId);
    // After a worker restart the tab's context is gone: ask the page's content script again.
    if (!tabs.get(tabId).context) void sendMessage('resendContext', undefined, { tabId, frameId: 0 }).catch(() => undefined);
  });

  startCapture({ db, tabs });

  startUserHosts(db);
  browser.tabs.onRemoved.addListener((tabId) => tabs.drop(tabId));
  return { db, tabs, hub, search };
}
