import { tPlural } from '@/lib/i18n/plural';
import { t } from '@/lib/i18n/t';
import type { RowProblem } from '@/lib/io/contacts-import/contact-row';

const SHOWN = 100;

/** The records set aside, each by its line in the file, so the user can fix them there. */
export function ImportProblems({ problems }: { problems: readonly RowProblem[] }) {
  if (problems.length === 0) return null;
  return (
    <div className="import-problems">
      <h3>{tPlural('contactsImportProblemsTitle', problems.length)}</h3>
      <ul className="problems">
        {problems.slice(0, SHOWN).map((p, i) => (
          <li key={i} data-testid="contacts-import-problem" data-line={p.line}>
            {t(p.key, p.line, ...p.params)}
          </li>
        ))}
      </ul>
      {problems.length > SHOWN && <p className="muted">{tPlural('contactsImportMoreProblems', problems.length - SHOWN)}</p>}
    </div>
  );
}
