import { formatDay } from '@/lib/i18n/format';
import { t } from '@/lib/i18n/t';
import type { Contact } from '@/lib/schema';
import { moodLabel, roleLabel, stageLabel, stanceLabel, stanceSymbol } from '@/components/ui/person-labels';

/** The person on the email: who they are in the decision, where we stand with them, how to talk to them. */
export function PersonCard({ contact }: { contact: Contact }) {
  // Nothing recorded yet (a new person is a plain contact of unknown stance): say nothing.
  const standing = contact.relationshipStage !== 'contact' || contact.stance !== 'unknown';
  const mood = contact.mood;
  return (
    <section className="person">
      <h2 data-testid="contact-name">
        {contact.name}
        {contact.vip ? ' ★' : ''}
      </h2>
      <p className="muted">{[contact.title, roleLabel(contact.role)].filter(Boolean).join(' · ')}</p>
      {(standing || mood) && (
        <p className="small" data-testid="contact-standing">
          {standing && (
            <>
              {stageLabel(contact.relationshipStage)} ·{' '}
              <span className={`stance stance-${contact.stance}`}>
                {stanceSymbol[contact.stance]} {stanceLabel(contact.stance)}
              </span>
            </>
          )}
          {standing && mood && ' · '}
          {mood && t('personMoodSummary', [moodLabel(mood.value), mood.on ? formatDay(mood.on) : ''].filter(Boolean).join(', '))}
        </p>
      )}
      {mood?.note && <p className="small muted">{mood.note}</p>}
      {contact.style && (
        <p>
          <strong>{t('fieldStyle')}:</strong> {contact.style}
        </p>
      )}
    </section>
  );
}
