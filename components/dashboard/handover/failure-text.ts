import { t } from '@/lib/i18n/t';
import type { HandoverPlan } from '@/lib/io/handover/handover-db';

type Failure = Extract<HandoverPlan, { ok: false }>;

/** Each way a package can fail to open, said so the user knows what to do next. */
export function failureText(f: Failure): string {
  switch (f.reason) {
    case 'wrong-passphrase-or-tampered':
      return t('handoverErrWrongOrTampered');
    case 'damaged':
      return t('handoverErrDamaged');
    case 'not-a-package':
      return t('handoverErrNotPackage');
    case 'unsupported-version':
      return t('handoverErrVersion');
    case 'too-large':
      return t('handoverErrTooLarge');
    case 'invalid-content':
      return t(
        'handoverErrContent',
        f.problems
          .slice(0, 3)
          .map((p) => `${p.path}: ${p.message}`)
          .join('; '),
      );
  }
}
