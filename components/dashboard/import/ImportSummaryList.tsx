import { tPlural } from '@/lib/i18n/plural';
import type { ImportSummary } from '@/lib/io/contacts-import/plan';

/** "2 accounts created, 1 merged, 5 people added …": what an import will do or did. */
export function ImportSummaryList({ summary, setAside }: { summary: ImportSummary; setAside: number }) {
  const items = [
    ['accountsCreated', tPlural('contactsImportAccountsCreated', summary.accountsCreated)],
    ['accountsMerged', tPlural('contactsImportAccountsMerged', summary.accountsMerged)],
    ['peopleAdded', tPlural('contactsImportPeopleAdded', summary.peopleAdded)],
    ['peopleMerged', tPlural('contactsImportPeopleMerged', summary.peopleMerged)],
    ['skipped', tPlural('contactsImportSkipped', summary.skipped)],
    ['setAside', tPlural('contactsImportSetAside', setAside)],
  ] as const;
  return (
    <ul className="import-summary">
      {items.map(([key, text]) => (
        <li key={key} data-testid={`contacts-import-count-${key}`}>
          {text}
        </li>
      ))}
    </ul>
  );
}
