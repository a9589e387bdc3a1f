import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * One key per meaning: a message shown by two components must mean the same thing in both, or
 * Russian and Georgian cannot agree in gender and case (`fieldName` once labelled a company, a
 * person and a rule: «Название / имя»). A key used in more than one file must be listed here with
 * why it is one meaning; anything else gets its own key per role (docs/glossary.md).
 */
const shared: Record<string, string> = {
  // Verbs whose object is the card or row they sit on; no agreement with it in any of our languages.
  actionAdd: 'generic button',
  actionAddFollowUp: 'same action, panel and week page',
  actionCancel: 'generic button',
  actionDelete: 'generic button',
  actionEdit: 'generic button',
  actionMoveDown: 'generic button',
  actionMoveUp: 'generic button',
  actionRemove: 'generic button',
  actionSave: 'generic button',
  actionSchedule: 'same action, dossier and meeting form',
  actionLoadDemo: 'same action, empty account list and welcome page',
  actionOpenDashboard: 'same action, popup and welcome page',
  actionShowMore: 'generic button',
  taskComplete: 'same action on a follow-up, panel and week page',
  actionSyncTurnOn: 'same action, the Sync card’s button and its form’s submit',
  actionSyncJoin: 'same action, the Sync card’s button and its form’s submit',
  // Status lines that name their object in quotes or need none.
  accountGone: 'the same deleted account wherever a record points to it',
  deletedItem: 'names the deleted thing in quotes',
  errorMeetingWhen: 'the same date/time fields',
  errorPermissionDenied: 'names the host',
  loading: 'generic status',
  saved: 'generic status after a save',
  meetingDeleted: 'the same meeting',
  meetingNoOutcome: 'the same meeting',
  notFilled: 'an empty dossier field',
  taskOverdue: 'the same follow-up badge',
  // The same field of the same record, in a form and a read view, or in the panel and the dashboard.
  fieldAgreements: 'meeting outcome, form and read view',
  fieldAttendees: 'meeting, dashboard form and panel',
  fieldCompany: 'the account a new record belongs to',
  fieldDay: 'meeting, dashboard form and panel',
  fieldDue: 'follow-up due date',
  fieldMeetingType: 'meeting, dashboard form and panel',
  fieldNextSteps: 'meeting outcome, form and read view',
  fieldNotes: 'free notes on a dossier card',
  fieldPlace: 'meeting, dashboard form and panel',
  fieldRemindAt: 'follow-up reminder',
  fieldRemindBefore: 'minutes before a meeting: settings, template, meeting',
  fieldStage: 'account stage, filter and dossier',
  fieldStyle: 'a person’s communication style',
  fieldTags: 'account tags, filter and dossier',
  fieldTaskTitle: 'follow-up title',
  fieldTime: 'meeting, dashboard form and panel',
  fieldTitle: 'a person’s job title',
  relationColumnFrom: 'a decision-map relation’s parts, its form and its table',
  relationColumnKind: 'a decision-map relation’s parts, its form and its table',
  relationColumnTo: 'a decision-map relation’s parts, its form and its table',
  // A site rule's fields: the Settings form, the Teach page and the check that names a bad field.
  fieldRuleName: 'site rule field',
  fieldUrlPattern: 'site rule field',
  fieldEmailSelector: 'site rule field',
  fieldEmailAttribute: 'site rule field',
  fieldNameSelector: 'site rule field',
  cadenceEvery: 'the contact cadence, alone and inside cadenceDue / prompt_noContact',
  // The same section or search in the panel and the dashboard.
  captureTitle: 'one capture window',
  followUpsEmpty: 'open follow-ups of an account',
  historyEmpty: 'history of an account',
  navAccounts: 'navigation',
  navTemplates: 'navigation',
  navWeek: 'navigation',
  navSettings: 'navigation (also the Teach page’s way back to Settings)',
  searchAccountPlaceholder: 'search for an account',
  searchPlaceholder: 'search for accounts and people',
  sectionFollowUps: 'open follow-ups of an account',
  sectionHistory: 'history of an account',
  sectionNuances: 'nuances of an account',
};

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

function filesPerKey(): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const file of [...sources('components'), ...sources('lib'), ...sources('entrypoints')])
    for (const m of readFileSync(file, 'utf8').matchAll(/\bt(?:Plural)?\(\s*'([A-Za-z0-9_]+)'/g)) {
      const files = out.get(m[1]!) ?? new Set<string>();
      out.set(m[1]!, files.add(file));
    }
  return out;
}

describe('one key per meaning', () => {
  it('a key shown by several components is a documented shared meaning', () => {
    const unlisted = [...filesPerKey()]
      .filter(([key, files]) => files.size > 1 && !(key in shared))
      .map(([key, files]) => `${key}: ${[...files].join(', ')}`);
    // Split the key per role (fieldAccountName, fieldPersonFullName…), or list it above with why it is one meaning.
    expect(unlisted).toEqual([]);
  });

  it('the split keys stay split', () => {
    const used = filesPerKey();
    for (const gone of ['fieldName', 'fieldSummary']) expect(used.has(gone), gone).toBe(false);
    expect([...(used.get('hintOnePerLine') ?? [])]).toEqual(['components/dashboard/dossier/CommercialCards.tsx']);
  });
});
