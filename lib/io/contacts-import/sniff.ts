/** Is a file's text a vCard, a CSV, or neither? Decided on its first characters. */
export type SourceFormat = 'csv' | 'vcard' | 'unknown';

/**
 * vCard when it starts with BEGIN:VCARD (whatever the file is called); a .vcf without one, JSON
 * (a Keyside backup picked in the wrong box), HTML, XML or RTF are neither. Anything else is read
 * as CSV: a one-column CSV is still a CSV.
 */
export function detectFormat(sampleText: string, fileName: string): SourceFormat {
  const head = sampleText
    .replace(/^\uFEFF/, '')
    .trimStart()
    .slice(0, 64);
  if (/^BEGIN:VCARD/i.test(head)) return 'vcard';
  if (/\.vcf$/i.test(fileName)) return 'unknown';
  if (/^[[{<]|^\{\\rtf/.test(head)) return 'unknown';
  return 'csv';
}
