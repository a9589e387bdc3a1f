import { pluralKey } from '@/lib/i18n/plural';
import { loadMessages, locales, pluralFamilies, substitute, type Locale } from './locale-messages';

const messages = Object.fromEntries(locales.map((l) => [l, loadMessages(l)])) as Record<Locale, ReturnType<typeof loadMessages>>;
const families = pluralFamilies;
const counts = [0, 1, 2, 5, 11, 21, 22];

/** What tPlural shows: the form `n` takes, `$1` the count in the locale's number format. */
function render(loc: Locale, family: string, n: number, ...rest: string[]): string {
  const key = pluralKey(family, n, loc, (k) => k in messages[loc]);
  return substitute(messages[loc][key]!.message, [new Intl.NumberFormat(loc).format(n), ...rest]);
}

describe('counted messages', () => {
  it('the families are the counted keys of the review', () => {
    expect([...families].sort()).toEqual(
      [
        'cadenceDue',
        'cadenceEvery',
        'importFailed',
        'importMoreProblems',
        // The backup import's progress (issue 13).
        'importWritingProgress',
        'notifyMeetingIn',
        'outcomeRecorded',
        'portfolioOpenComplaints',
        'portfolioOpenTasks',
        'portfolioOverdueTasks',
        'prompt_noContact',
        // Sharing: the deputies an account is shared with (issue 15).
        'shareBadge',
        'templateItemsCount',
        'welcomeAccountsStored',
        // The monthly report and the handover package (issue 12).
        'handoverExported',
        'handoverImported',
        'reportAccountsActive',
        'reportCalls',
        'reportComplaintsOpen',
        'reportComplaintsOpened',
        'reportContacts',
        'reportFollowUpsDone',
        'reportFollowUpsOverdue',
        'reportMeetingsHeld',
        'reportMeetingsScheduled',
        'reportOrders',
        'reportProposals',
        // The contacts import's preview, summary and problems (components/dashboard/import).
        'contactsImportAccountsCreated',
        'contactsImportAccountsMerged',
        'contactsImportCards',
        'contactsImportMoreProblems',
        'contactsImportPeopleAdded',
        'contactsImportPeopleMerged',
        'contactsImportProblemsTitle',
        'contactsImportRows',
        'contactsImportSetAside',
        'contactsImportSkipped',
        // Contracts: the dossier card, the panel's contract dates and the preparation prompts.
        'contractAlertRenewal',
        'contractLeadDays',
        'contractNoticeDays',
        'prompt_contractNotice',
        'prompt_contractRenewal',
        // Money (issue 17): the panel's overdue line, the prompt, the invoices import's counts.
        'panelMoneyOverdue',
        'prompt_overdueInvoices',
        'invoicesImportAdded',
        'invoicesImportRows',
        'invoicesImportSetAside',
        'invoicesImportUnchanged',
        'invoicesImportUpdated',
        // Complaint cases: their age in the prompts, the report's counts (issue 17).
        'prompt_caseInProgress',
        'prompt_openCase',
        'reportCasesOpened',
        'reportCasesResolved',
        // Settings → Sync and the navigation's sync status (issue 15).
        'syncConflicts',
        'syncNavPending',
        'syncPending',
        'syncWordsCount',
      ].sort(),
    );
  });

  it.each(locales)('%s renders every family for every count, with the count in it', (loc) => {
    for (const family of families)
      for (const n of counts) {
        const text = render(loc, family, n, 'X', 'Y');
        expect(text, `${loc}:${family}:${String(n)}`).not.toMatch(/\$\d/);
        // Only a form for n = 1 alone may say the count in words ("every day").
        if (!(n === 1 && loc !== 'ru')) expect(text, `${loc}:${family}:${String(n)}`).toContain(String(n));
      }
  });

  it('Russian takes one, few and many forms: 1 пункт, 2 пункта, 5 пунктов, 11 пунктов, 21 пункт, 22 пункта', () => {
    expect(counts.map((n) => render('ru', 'templateItemsCount', n))).toEqual([
      '0 пунктов',
      '1 пункт',
      '2 пункта',
      '5 пунктов',
      '11 пунктов',
      '21 пункт',
      '22 пункта',
    ]);
    expect(counts.map((n) => render('ru', 'cadenceEvery', n))).toEqual([
      'не реже чем раз в 0 дней',
      'не реже чем раз в 1 день',
      'не реже чем раз в 2 дня',
      'не реже чем раз в 5 дней',
      'не реже чем раз в 11 дней',
      'не реже чем раз в 21 день',
      'не реже чем раз в 22 дня',
    ]);
    expect(render('ru', 'outcomeRecorded', 21)).toBe('Записано в историю; создана 21 задача.');
    expect(render('ru', 'outcomeRecorded', 3)).toBe('Записано в историю; созданы 3 задачи.');
    expect(render('ru', 'importFailed', 11)).toBe('Ничего не импортировано: найдено 11 проблем.');
  });

  it('Finnish: singular nominative for one, partitive singular after other numerals', () => {
    expect(counts.map((n) => render('fi', 'templateItemsCount', n))).toEqual([
      '0 kohtaa',
      '1 kohta',
      '2 kohtaa',
      '5 kohtaa',
      '11 kohtaa',
      '21 kohtaa',
      '22 kohtaa',
    ]);
    expect(render('fi', 'importFailed', 1)).toBe('Mitään ei tuotu: löytyi 1 ongelma.');
    expect(render('fi', 'importFailed', 5)).toBe('Mitään ei tuotu: löytyi 5 ongelmaa.');
  });

  it('Georgian keeps the singular after every numeral', () => {
    expect(counts.map((n) => render('ka', 'templateItemsCount', n))).toEqual(counts.map((n) => `${String(n)} პუნქტი`));
    expect(render('ka', 'importMoreProblems', 22)).toBe('…და კიდევ 22 პრობლემა.');
  });

  it('English says "1 item", never "1 items" or "every 1 days"', () => {
    expect(counts.map((n) => render('en', 'templateItemsCount', n))).toEqual([
      '0 items',
      '1 item',
      '2 items',
      '5 items',
      '11 items',
      '21 items',
      '22 items',
    ]);
    expect(render('en', 'cadenceEvery', 1)).toBe('at least every day');
    expect(render('en', 'cadenceEvery', 14)).toBe('at least every 14 days');
    expect(render('en', 'cadenceDue', 1, render('en', 'cadenceEvery', 7))).toBe(
      'No contact for 1 day — you aim for at least every 7 days',
    );
  });

  it('a form the locale lacks falls back to _other', () => {
    expect(pluralKey('templateItemsCount', 1, 'ka', (k) => k in messages.ka)).toBe('templateItemsCount_other');
    expect(pluralKey('anything', 1, 'en', () => false)).toBe('anything_other');
    expect(pluralKey('templateItemsCount', 5, 'ru', (k) => k in messages.ru)).toBe('templateItemsCount_many');
  });
});
