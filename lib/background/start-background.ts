import { getDb } from '@/lib/db/app-db';
import { siteRules } from '@/lib/db/queries/site-rules';
import { getSettings } from '@/lib/db/repos/settings';
import { seedTemplatesIfEmpty } from '@/lib/db/repos/templates';
import { PANEL_PORT, onMessage, sendMessage } from '@/lib/messaging/protocol';
import { PageContext } from '@/lib/schema/page-context';
import { startBadge } from './badge-service';
import { startCapture } from './capture/service';
import { runCommand } from './commands';
import { rulesForUrl } from './content-config';
import { acceptInviteText } from './invite-handler';
import { PanelHub } from './panel-hub';
import { startReminders } from './reminders/service';
import { SearchService } from './search-service';
import { isOwnContentScript, isOwnPage } from '@/lib/messaging/sender-guard';
import { TabStates } from './tab-state';
import { startUserHosts } from './user-hosts';

export async function openDashboard(hash = ''): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL(`/dashboard.html${hash ? `#${hash.replace(/^#/, '')}` : ''}`) });
}

/** Wires the background's services to the browser's events; every handler checks its sender. */
export function startBackground() {
  const db = getDb();
  const tabs = new TabStates();
  const hub = new PanelHub(db, tabs);
  const search = new SearchService(db);
  const extId = browser.runtime.id;
  const origin = browser.runtime.getURL('/');
  void seedTemplatesIfEmpty(db, browser.i18n.getUILanguage()).catch(() => {});
  startReminders(db);
  startBadge(db);

  onMessage('pageContext', ({ data, sender }) => {
    if (!isOwnContentScript(sender, extId, origin) || sender.frameId !== 0) return;
    const parsed = PageContext.safeParse(data);
    if (parsed.success && sender.tab?.id !== undefined) tabs.setContext(sender.tab.id, parsed.data);
  });

  onMessage('inviteText', ({ data, sender }) => {
    if (!isOwnContentScript(sender, extId, origin) || sender.frameId !== 0 || sender.tab?.id === undefined) return;
    acceptInviteText(tabs, sender.tab.id, sender.url, data);
  });

  onMessage('contentConfig', async ({ data, sender }) => {
    if (!isOwnContentScript(sender, extId, origin)) return { siteRules: [], generic: false };
    const [rules, settings] = await Promise.all([siteRules(db), getSettings(db)]);
    return rulesForUrl(String(data), rules, settings);
  });

  onMessage('command', ({ data, sender }) => {
    if (!isOwnPage(sender, extId, origin)) return { ok: false, error: { key: 'errorBadRequest', params: [] } };
    return runCommand({ db, tabs, search, openDashboard }, data, sender.tab?.id);
  });

  browser.runtime.onConnect.addListener((port) => {
    const tabId = port.sender?.tab?.id;
    if (port.name !== PANEL_PORT || !port.sender || !isOwnPage(port.sender, extId, origin) || tabId === undefined) {
      port.disconnect();
      return;
    }
    hub.connect(port, tabId);
    // After a worker restart the tab's context is gone: ask the page's content script again.
    if (!tabs.get(tabId).context) void sendMessage('resendContext', undefined, { tabId, frameId: 0 }).catch(() => {});
  });

  startCapture({ db, tabs });

  startUserHosts(db);
  browser.tabs.onRemoved.addListener((tabId) => tabs.drop(tabId));
  return { db, tabs, hub, search };
}
