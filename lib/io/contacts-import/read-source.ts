/**
 * A chosen file → a table of records, in the dashboard's parsing worker (parse.worker.ts):
 * encoding from the first bytes (or the user's choice), then vCard through ical.js or CSV
 * through papaparse, streamed so a 100,000-row export reports progress as it goes.
 */
import Papa from 'papaparse';
import { detectEncoding, SNIFF_BYTES, type ImportEncoding } from './encoding';
import { detectSeparator, type Separator } from './separator';
import { detectFormat, type SourceFormat } from './sniff';
import type { ParsedTable, SourceProblem } from './table';
import { textStream } from './text-stream';
import { parseVcards } from './vcard';

/** Largest file we read: far above a 100,000-row CRM export (~20 MB). */
export const MAX_SOURCE_BYTES = 256 * 1024 * 1024;
/** Largest vCard file: ical.js reads it in one piece. */
export const MAX_VCARD_BYTES = 32 * 1024 * 1024;
/** Most records in one import. */
export const MAX_ROWS = 300_000;

export type ReadFailure = 'empty' | 'notContacts' | 'tooLarge' | 'tooManyRows';

export type ReadResult =
  | {
      ok: true;
      format: Exclude<SourceFormat, 'unknown'>;
      encoding: ImportEncoding;
      /** null for vCard. */
      separator: Separator | null;
      table: ParsedTable;
      problems: SourceProblem[];
    }
  | { ok: false; failure: ReadFailure };

export interface ReadOptions {
  encoding?: ImportEncoding;
  onProgress?: (bytesRead: number, totalBytes: number) => void;
}

const isBlankRow = (row: string[]) => row.every((cell) => cell.trim() === '');

function parseCsv(file: Blob, encoding: ImportEncoding, separator: Separator, opts: ReadOptions): Promise<ReadResult> {
  return new Promise((resolve, reject) => {
    const rows: string[][] = [];
    const lines: number[] = [];
    let headers: string[] | undefined;
    let line = 1;
    let tooMany = false;
    const stream = textStream(file, encoding, (n) => opts.onProgress?.(n, file.size));
    Papa.parse<string[]>(stream as unknown as NodeJS.ReadableStream, {
      delimiter: separator,
      skipEmptyLines: false,
      step: (result, parser) => {
        const row = result.data;
        const at = line;
        // The next record starts after this one's line breaks, those inside quoted cells included.
        line += 1;
        for (const cell of row) if (cell.includes('\n') || cell.includes('\r')) line += cell.match(/\r\n|\r|\n/g)?.length ?? 0;
        if (isBlankRow(row)) return;
        if (!headers) {
          headers = row.map((h) => h.trim());
          return;
        }
        if (rows.length >= MAX_ROWS) {
          tooMany = true;
          parser.abort();
          return;
        }
        rows.push(row);
        lines.push(at);
      },
      complete: () => {
        if (tooMany) resolve({ ok: false, failure: 'tooManyRows' });
        else if (!headers) resolve({ ok: false, failure: 'empty' });
        else if (rows.length === 0) resolve({ ok: false, failure: 'empty' });
        else resolve({ ok: true, format: 'csv', encoding, separator, table: { headers, rows, lines }, problems: [] });
      },
      error: (e: Error) => reject(e),
    });
    stream.start();
  });
}

export async function readSource(file: Blob, fileName: string, opts: ReadOptions = {}): Promise<ReadResult> {
  if (file.size === 0) return { ok: false, failure: 'empty' };
  if (file.size > MAX_SOURCE_BYTES) return { ok: false, failure: 'tooLarge' };
  const head = new Uint8Array(await file.slice(0, SNIFF_BYTES).arrayBuffer());
  const detected = detectEncoding(head);
  if (detected.binary && !opts.encoding) return { ok: false, failure: 'notContacts' };
  const encoding = opts.encoding ?? detected.encoding;
  // The sample may end inside a character; a streaming decode leaves it out instead of garbling it.
  const sample = new TextDecoder(encoding).decode(head, { stream: true });
  if (sample.trim() === '') return { ok: false, failure: 'empty' };
  const format = detectFormat(sample, fileName);
  if (format === 'unknown') return { ok: false, failure: 'notContacts' };
  if (format === 'vcard') {
    if (file.size > MAX_VCARD_BYTES) return { ok: false, failure: 'tooLarge' };
    const text = new TextDecoder(encoding).decode(await file.arrayBuffer());
    opts.onProgress?.(file.size, file.size);
    const { table, problems } = parseVcards(text);
    if (table.rows.length === 0 && problems.length === 0) return { ok: false, failure: 'empty' };
    if (table.rows.length > MAX_ROWS) return { ok: false, failure: 'tooManyRows' };
    return { ok: true, format, encoding, separator: null, table, problems };
  }
  return parseCsv(file, encoding, detectSeparator(sample), opts);
}
