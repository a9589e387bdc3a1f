import { t, type MessageKey } from '@/lib/i18n/t';
import type { Contact } from '@/lib/schema';

/** The person on the email: who they are in the decision and how to talk to them. */
export function PersonCard({ contact }: { contact: Contact }) {
  return (
    <section className="person">
      <h2 data-testid="contact-name">
        {contact.name}
        {contact.vip ? ' ★' : ''}
      </h2>
      <p className="muted">
        {[contact.title, t(`role_${contact.role.replace('-', '_')}` as MessageKey)].filter(Boolean).join(' · ')}
      </p>
      {contact.style && (
        <p>
          <strong>{t('fieldStyle')}:</strong> {contact.style}
        </p>
      )}
    </section>
  );
}
