import type { AppDB } from '@/lib/db/app-db';
import { toUserFacing, UserFacingError } from '@/lib/db/errors';
import { contactsByAnyEmail } from '@/lib/db/queries/people';
import { createAccountWithPerson } from '@/lib/db/repos/accounts';
import { createContact } from '@/lib/db/repos/contacts';
import { confirmName } from '@/lib/db/repos/name-confirmations';
import { crmRefOf, linkRecord, unlinkRecord, type RecordOnPage } from '@/lib/db/repos/crm-refs';
import { contactsByIds } from '@/lib/db/queries/people';
import { newId } from '@/lib/schema';
import { logEmailOnce } from '@/lib/db/repos/interactions';
import { setChecklistItem } from '@/lib/db/repos/meetings';
import { addTask, setTaskStatus } from '@/lib/db/repos/tasks';
import { emailLookupKeys } from '@/lib/matching';
import type { CommandResult, CommandType, CommandValue, ParsedCommand } from '@/lib/messaging/pages-to-worker';
import { scheduleFromEvent } from '@/lib/meetings/schedule-from-event';
import type { SearchService } from './search-service';
import type { TabStates } from './tab-state';

export interface CommandDeps {
  db: AppDB;
  tabs: TabStates;
  search: SearchService;
  openDashboard: (hash: string) => Promise<void>;
}

/** A command's success, typed by its value schema (lib/messaging/pages-to-worker.ts commandValues). */
function done<K extends CommandType>(_type: K, value: CommandValue<K>): CommandResult {
  return { ok: true, value };
}

/** The CRM record the tab shows; a command about it on any other page is refused. */
function recordOnTab(tabs: TabStates, tabId: number | undefined): RecordOnPage {
  const ctx = tabId !== undefined ? tabs.get(tabId).context : undefined;
  if (!ctx?.record) throw new UserFacingError('errorNoRecord');
  return { url: ctx.url, record: ctx.record };
}

/**
 * Runs one panel/popup command for `tabId` (undefined from pages outside a tab); handle() parsed
 * it already. Never throws.
 */
export async function runCommand(deps: CommandDeps, cmd: ParsedCommand, tabId: number | undefined): Promise<CommandResult> {
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
        return done(cmd.type, { created: r.created, id: r.interaction.id });
      }
      case 'addTask':
        return done(
          cmd.type,
          await addTask(db, { accountId: cmd.accountId, title: cmd.title, due: cmd.due === '' ? null : cmd.due }),
        );
      case 'setTaskStatus':
        return done(cmd.type, await setTaskStatus(db, cmd.taskId, cmd.status));
      case 'createAccount': {
        const person = cmd.person?.email
          ? {
              name: cmd.person.name || cmd.person.email,
              emails: [cmd.person.email],
              title: cmd.person.title,
              phones: cmd.person.phones,
            }
          : undefined;
        const nameOnly = !cmd.person?.email && cmd.person?.name.trim() ? { ...cmd.person, id: newId() } : undefined;
        const record = cmd.linkRecord ? recordOnTab(tabs, tabId) : undefined;
        const account = await createAccountWithPerson(
          db,
          { name: cmd.name, domains: cmd.domains, crmRefs: record ? [crmRefOf(record)] : [] },
          person ?? (nameOnly && { id: nameOnly.id, name: nameOnly.name, title: nameOnly.title, phones: nameOnly.phones }),
        );
        // A sender the page shows by name only cannot match the new dossier by address: show it
        // for this message and remember the name until the page shows its address.
        // (A CRM record opens the new dossier through its link instead.)
        if (nameOnly && !record) {
          await confirmName(db, nameOnly.name, nameOnly.id);
          if (tabId !== undefined) tabs.pin(tabId, account.id);
        }
        return done(cmd.type, account);
      }
      case 'addPerson':
        return done(
          cmd.type,
          await createContact(db, {
            accountId: cmd.accountId,
            name: cmd.name,
            emails: cmd.email ? [cmd.email] : [],
            title: cmd.title,
          }),
        );
      case 'search':
        return done(cmd.type, await deps.search.query(cmd.q, cmd.limit, cmd.acrossScripts));
      case 'pinAccount':
        if (tabId !== undefined) tabs.pin(tabId, cmd.accountId);
        return { ok: true };
      case 'confirmNameOnly': {
        const [contact] = await contactsByIds(db, [cmd.contactId]);
        if (!contact?.accountId) throw new UserFacingError('errorGone');
        await confirmName(db, cmd.name, contact.id);
        if (tabId !== undefined) tabs.pin(tabId, contact.accountId);
        return done(cmd.type, { accountId: contact.accountId });
      }
      case 'linkRecord':
        await linkRecord(db, cmd.accountId, recordOnTab(tabs, tabId));
        // A dossier picked by hand for this tab now opens through the link.
        if (tabId !== undefined && tabs.get(tabId).pinnedAccountId === cmd.accountId) tabs.pin(tabId, null);
        return { ok: true };
      case 'unlinkRecord':
        await unlinkRecord(db, cmd.accountId, recordOnTab(tabs, tabId));
        return { ok: true };
      case 'tickItem':
        await setChecklistItem(db, cmd.meetingId, cmd.itemId, cmd.checked);
        return { ok: true };
      case 'scheduleMeeting':
        return done(cmd.type, await scheduleFromEvent(db, tabId !== undefined ? tabs.get(tabId) : undefined, cmd));
      case 'openDashboard':
        await deps.openDashboard(cmd.hash);
        return { ok: true };
    }
  } catch (e) {
    const err = toUserFacing(e);
    return { ok: false, error: { key: err.key, params: err.params } };
  }
}
