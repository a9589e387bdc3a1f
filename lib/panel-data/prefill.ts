import type { PageContext } from '@/lib/schema';
import type { NewDossierPrefill } from '@/lib/schema/panel-view';

const PHONE = /(?:\+|\b)[\d][\d ()\-.]{6,}\d/;
const COMPANY = /\b(?:Ltd|LLC|Inc|GmbH|Oy|Oyj|AB|AS|SA|BV|plc|ООО|ОАО|АО|ЗАО|ИП|შპს|სს)\b|«[^»]+»/u;

function titleCase(local: string): string {
  return local
    .split(/[._-]+/)
    .filter(Boolean)
    .map((p) => p.charAt(0).toLocaleUpperCase() + p.slice(1))
    .join(' ');
}

/**
 * Best-effort fields for "create dossier" from the sender and their signature. Every field is
 * shown in an editable form, so a wrong guess costs a keystroke, never a wrong record.
 */
export function prefillFromContext(ctx: PageContext, email: string, name: string, freemail: boolean): NewDossierPrefill {
  const domain = email.split('@')[1] ?? '';
  const lines = ctx.signature
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const phones = lines.flatMap((l) => PHONE.exec(l)?.[0] ?? []).slice(0, 3);
  const companyLine = lines.find((l) => COMPANY.test(l));
  const nameIndex = lines.findIndex((l) => name && l.includes(name));
  const titleLine = nameIndex >= 0 ? lines[nameIndex + 1] : undefined;
  const domainWord = domain.split('.')[0] ?? '';
  return {
    name: name || titleCase(email.split('@')[0] ?? ''),
    email,
    domain: freemail ? '' : domain,
    company: companyLine ?? (freemail ? '' : titleCase(domainWord)),
    title: titleLine && titleLine !== companyLine && !PHONE.test(titleLine) ? titleLine : '',
    phones,
    freemail,
  };
}
