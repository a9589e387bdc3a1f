import { t } from '@/lib/i18n/t';
import type { Contact, PersonRelation } from '@/lib/schema';
import { relationKindLabel, stanceLabel, stanceSymbol } from '@/components/ui/person-labels';

/** The map's relations as a table: the same facts as the drawing, for reading and for screen readers. */
export function RelationsTable(props: {
  relations: readonly PersonRelation[];
  people: ReadonlyMap<string, Contact>;
  caption: string;
  onDelete?: (r: PersonRelation) => void;
  deleteLabel?: (r: PersonRelation) => string;
}) {
  const name = (id: string) => props.people.get(id)?.name ?? '';
  const who = (id: string) => {
    const c = props.people.get(id);
    return c ? (
      <>
        {c.name}{' '}
        <span className={`small stance stance-${c.stance}`}>
          {stanceSymbol[c.stance]} {stanceLabel(c.stance)}
        </span>
      </>
    ) : null;
  };
  return (
    <table className="relations-table" data-testid="relations-table">
      <caption className="visually-hidden">{props.caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('relationColumnFrom')}</th>
          <th scope="col">{t('relationColumnKind')}</th>
          <th scope="col">{t('relationColumnTo')}</th>
          {props.onDelete && <td />}
        </tr>
      </thead>
      <tbody>
        {props.relations.map((r) => (
          <tr key={r.id} data-testid="relation-row" data-kind={r.kind}>
            <td>{who(r.fromId)}</td>
            <td>{relationKindLabel(r.kind)}</td>
            <td>{who(r.toId)}</td>
            {props.onDelete && (
              <td>
                <button
                  className="link small"
                  onClick={() => props.onDelete?.(r)}
                  aria-label={props.deleteLabel?.(r) ?? `${name(r.fromId)} → ${name(r.toId)}`}
                  data-testid="relation-delete"
                >
                  {t('actionDelete')}
                </button>
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
