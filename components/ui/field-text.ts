/** A text field's value in FieldsForm's patch: the string it holds, or '' when the patch lacks it. */
export function fieldText(v: unknown): string {
  return typeof v === 'string' ? v : '';
}
