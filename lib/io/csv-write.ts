/**
 * CSV for spreadsheets. Papaparse's unparse does the quoting (delimiters, quotes, line breaks,
 * edge spaces); cells are neutralised here first, because papaparse's own `escapeFormulae`
 * test misses a formula cell that spans several lines. Excel guesses a file's encoding from a
 * byte-order mark: without it Cyrillic and Georgian names turn into mojibake.
 */
import Papa from 'papaparse';

/** Excel, LibreOffice and Google Sheets run a cell starting with one of these as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A cell a spreadsheet shows as text: a leading apostrophe keeps a formula from running. */
export function neutraliseCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

export const BOM = '\uFEFF';

/** A header row and data rows as one UTF-8 CSV text with a BOM and CRLF line ends. */
export function writeCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const data = [header, ...rows].map((r) => r.map(neutraliseCell));
  return BOM + Papa.unparse(data, { newline: '\r\n', quotes: false, header: false }) + '\r\n';
}
