import { formatDay } from '@/lib/i18n/format';
import { t, type MessageKey } from '@/lib/i18n/t';
import type { Interaction } from '@/lib/schema';
import { eventText } from '@/components/ui/event-text';

export function RecentHistory({ items }: { items: Interaction[] }) {
  return (
    <section>
      <h2>{t('sectionHistory')}</h2>
      {items.length === 0 ? (
        <p className="muted">{t('historyEmpty')}</p>
      ) : (
        <ol className="timeline" data-testid="recent-history">
          {items.map((i) => (
            <li key={i.id}>
              <span className="when">{formatDay(i.at)}</span> <span className="kind">{t(`kind_${i.kind}` as MessageKey)}</span>{' '}
              {i.kind === 'event' && i.event && <strong>{eventText(i.event)}</strong>} {i.summary}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
