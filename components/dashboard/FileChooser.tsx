import { useRef, type ChangeEvent } from 'react';
import { useOtherFileChosen } from './use-other-file-chosen';

interface Props {
  label: string;
  accept: string;
  testId: string;
  disabled?: boolean;
  onFile: (file: File) => void;
  /** Another card's file was chosen: put this card's preview and result away. */
  onOtherFile: () => void;
}

/**
 * The file control the backup, contacts and invoices imports start with. The input is emptied
 * after each choice, so choosing the same file again (after fixing it) reads it again.
 */
export function FileChooser({ label, accept, testId, disabled, onFile, onOtherFile }: Props) {
  const input = useRef<HTMLInputElement>(null);
  useOtherFileChosen(input, onOtherFile);
  const onChange = (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (file) onFile(file);
  };
  return (
    <label className="file">
      {label} <input ref={input} type="file" accept={accept} data-testid={testId} onChange={onChange} disabled={disabled} />
    </label>
  );
}
