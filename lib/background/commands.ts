import type { AppDB } from '@/lib/db/app-db';
import { toUserFacing, UserFacingError } from '@/lib/db/errors';
import { contactsByAnyEmail } from '@/lib/db/queries/people';
import { createAccountWithPerson } from '@/lib/db/repos/accounts';
import { createContact } from '@/lib/db/repos/contacts';
import { logEmailOnce } from '@/lib/db/repos/interactions';
import { setChecklistItem } from '@/lib/db/repos/meetings';
import { addTask, setTaskStatus } from '@/lib/db/repos/tasks';
import { emailLookupKeys } from '@/lib/matching';
import { PanelCommand, type CommandResult } from '@/lib/messaging/panel-commands';
import { scheduleFromEvent } from '@/lib/meetings/schedule-from-event';
import type { SearchService } from './search-service';
import type { TabStates } from './tab-state';

export interface CommandDeps {
  db: AppDB;
  tabs: TabStates;
  search: SearchService;
  openDashboard: (hash: string) => Promise<void>;
}

/** Runs one panel/popup command for `tabId` (undefined from pages outside a tab). Never throws. */
export async function runCommand(deps: CommandDeps, raw: unknown, tabId: number | undefined): Promise<CommandResult> {
  const parsed = PanelCommand.safeParse(raw);
  if (!parsed.success) return { ok: false, error: { key: 'errorBadRequest', params: [parsed.error.issues[0]?.message ?? ''] } };
  const cmd = parsed.data;
  const { db, tabs } = deps;
  try {
    switch (cmd.type) {
      case 'logEmail': {
        const ctx = tabId !== undefined ? tabs.get(tabId).context : undefined;
        if (!ctx?.messageId) throw new UserFacingError('errorNoMessage');
        const contactIds = (await Promise.all(ctx.people.map((p) => contactsByAnyEmail(db, emailLookupKeys(p.email)))))
          .flat()
          .filter((c) => c.accountId === cmd.accountId)
          .map((c) => c.id);
        const at = ctx.date && !Number.isNaN(Date.parse(ctx.date)) ? new Date(ctx.date).toISOString() : new Date().toISOString();
        const r = await logEmailOnce(db, {
          accountId: cmd.accountId,
          contactIds: [...new Set(contactIds)],
          at,
          summary: ctx.subject,
          source: { messageId: ctx.messageId, url: ctx.url, title: ctx.subject },
        });
        return { ok: true, value: { created: r.created, id: r.interaction.id } };
      }
      case 'addTask':
        return { ok: true, value: await addTask(db, { accountId: cmd.accountId, title: cmd.title, due: cmd.due || null }) };
      case 'setTaskStatus':
        return { ok: true, value: await setTaskStatus(db, cmd.taskId, cmd.status) };
      case 'createAccount': {
        const person = cmd.person?.email
          ? { name: cmd.person.name || cmd.person.email, emails: [cmd.person.email], title: cmd.person.title, phones: cmd.person.phones }
          : undefined;
        return { ok: true, value: await createAccountWithPerson(db, { name: cmd.name, domains: cmd.domains }, person) };
      }
      case 'addPerson':
        return { ok: true, value: await createContact(db, { accountId: cmd.accountId, name: cmd.name, emails: cmd.email ? [cmd.email] : [], title: cmd.title }) };
      case 'search':
        return { ok: true, value: await deps.search.query(cmd.q, cmd.limit) };
      case 'pinAccount':
        if (tabId !== undefined) tabs.pin(tabId, cmd.accountId);
        return { ok: true };
      case 'tickItem':
        await setChecklistItem(db, cmd.meetingId, cmd.itemId, cmd.checked);
        return { ok: true };
      case 'scheduleMeeting':
        return { ok: true, value: await scheduleFromEvent(db, tabs, tabId, cmd) };
      case 'openDashboard':
        await deps.openDashboard(cmd.hash);
        return { ok: true };
    }
  } catch (e) {
    const err = toUserFacing(e);
    return { ok: false, error: { key: err.key, params: err.params } };
  }
}
