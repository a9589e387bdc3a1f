import { t } from '@/lib/i18n/t';
import type { TabProbe } from './probe-tab';

/** What a rule reads on an open page, or why it reads nothing there (Teach page, Settings' "Test"). */
export function ProbeView({ probe }: { probe: TabProbe | 'loading' }) {
  if (probe === 'loading') return <p className="muted small">{t('loading')}</p>;
  if (probe.status === 'record')
    return (
      <ul className="plain" data-testid="rule-probe">
        {probe.people.map((p) => (
          <li key={p.email}>
            {p.name && <strong>{p.name} </strong>}
            <code>{p.email}</code>
          </li>
        ))}
      </ul>
    );
  const message =
    probe.status === 'invalid'
      ? t('ruleProbeInvalid', probe.problem ?? '')
      : probe.status === 'unrecognised'
        ? t('ruleProbeNothing')
        : probe.status === 'none'
          ? t('ruleProbeNoAddress')
          : t('ruleProbeUnreachable');
  return (
    <p role="status" className="muted small" data-testid="rule-probe">
      {message}
    </p>
  );
}
