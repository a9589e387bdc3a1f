import { t } from '@/lib/i18n/t';

/**
 * The end of every small edit form: the problem that stopped the save (read out by screen
 * readers as it appears), then Save and Cancel. One place, so every form words and orders them
 * the same way.
 */
export function FormFooter(props: {
  busy: boolean;
  onCancel: () => void;
  saveTestId: string;
  /** Defaults to the plain "Save". */
  saveLabel?: string;
  /** One message, or several (one line each); empty means no problem. */
  error?: string | readonly string[] | null;
  errorTestId?: string;
}) {
  const errors = typeof props.error === 'string' ? (props.error ? [props.error] : []) : (props.error ?? []);
  return (
    <>
      {errors.length > 0 && (
        <div role="alert" className="error" data-testid={props.errorTestId}>
          {errors.map((m) => (
            <p key={m}>{m}</p>
          ))}
        </div>
      )}
      <div className="row">
        <button type="submit" disabled={props.busy} data-testid={props.saveTestId}>
          {props.saveLabel ?? t('actionSave')}
        </button>
        <button type="button" className="secondary" onClick={props.onCancel}>
          {t('actionCancel')}
        </button>
      </div>
    </>
  );
}
