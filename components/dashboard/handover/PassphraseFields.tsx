import { useId } from 'react';
import { t } from '@/lib/i18n/t';
import { passphraseStrength } from './passphrase-strength';

const HINT = {
  'too-short': 'handoverStrengthTooShort',
  weak: 'handoverStrengthWeak',
  fair: 'handoverStrengthFair',
  strong: 'handoverStrengthStrong',
} as const;

export interface PassphraseValue {
  passphrase: string;
  confirm: string;
}

/** Whether the pair may seal a package: long enough and typed the same twice. */
export function passphraseReady({ passphrase, confirm }: PassphraseValue): boolean {
  return passphraseStrength(passphrase) !== 'too-short' && passphrase === confirm;
}

/** A new passphrase, typed twice, with a strength hint under it. */
export function PassphraseFields({ value, onChange }: { value: PassphraseValue; onChange: (v: PassphraseValue) => void }) {
  const hintId = useId();
  const strength = passphraseStrength(value.passphrase);
  const mismatch = value.confirm !== '' && value.confirm !== value.passphrase;
  return (
    <div className="passphrase-fields">
      <label>
        {t('handoverPassphrase')}
        <input
          type="password"
          autoComplete="new-password"
          value={value.passphrase}
          aria-describedby={hintId}
          onChange={(e) => onChange({ ...value, passphrase: e.target.value })}
          data-testid="handover-passphrase"
        />
      </label>
      {value.passphrase && (
        <p id={hintId} className={`small strength-${strength}`} data-testid="handover-strength" data-strength={strength}>
          {t(HINT[strength])}
        </p>
      )}
      <label>
        {t('handoverPassphraseConfirm')}
        <input
          type="password"
          autoComplete="new-password"
          value={value.confirm}
          aria-invalid={mismatch}
          onChange={(e) => onChange({ ...value, confirm: e.target.value })}
          data-testid="handover-passphrase-confirm"
        />
      </label>
      {mismatch && (
        <p className="small error" role="alert">
          {t('handoverPassphraseMismatch')}
        </p>
      )}
    </div>
  );
}
