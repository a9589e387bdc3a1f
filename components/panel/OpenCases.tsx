import { formatDaysAgo } from '@/lib/i18n/format';
import { t } from '@/lib/i18n/t';
import type { Interaction } from '@/lib/schema';
import type { OpenCase } from '@/lib/schema/open-case';
import { caseStatusLabel } from '@/components/ui/case-status';

/**
 * Open complaints, as cases first: each unresolved case with its status and age, and under it the
 * open complaint entries linked to it; then the complaints no case holds yet. A complaint shows
 * once — under its case when it has one.
 */
export function OpenCases({ cases, complaints }: { cases: OpenCase[]; complaints: Interaction[] }) {
  if (cases.length === 0 && complaints.length === 0) return null;
  const inCase = new Set(cases.flatMap((c) => c.interactionIds));
  const byId = new Map(complaints.map((c) => [c.id, c]));
  const loose = complaints.filter((c) => !inCase.has(c.id));
  return (
    <section data-testid="open-cases">
      <h2>{t('sectionOpenComplaints')}</h2>
      <ul className="complaints cases">
        {cases.map((c) => (
          <li key={c.id} data-testid="open-case" data-case-id={c.id} className="case">
            <strong data-testid="open-case-title">{c.title}</strong>{' '}
            <span className={`badge${c.status === 'open' ? ' warn' : ''}`} data-testid="open-case-status">
              {caseStatusLabel(c.status)}
            </span>{' '}
            <span className="muted small">
              {t('panelCaseOpened', formatDaysAgo(c.daysOpen))}
              {c.department ? ` · ${c.department}` : ''}
            </span>
            <ul className="case-entries">
              {c.interactionIds
                .map((id) => byId.get(id))
                .filter((i): i is Interaction => !!i)
                .map((i) => (
                  <li key={i.id} data-testid="open-complaint">
                    {i.summary}
                  </li>
                ))}
            </ul>
          </li>
        ))}
        {loose.map((c) => (
          <li key={c.id} data-testid="open-complaint">
            {c.summary}
          </li>
        ))}
      </ul>
    </section>
  );
}
