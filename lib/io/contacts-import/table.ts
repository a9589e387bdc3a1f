/**
 * What every import source becomes before mapping: a header row and string cells, each record
 * with the line of the file it starts on (problems are reported by it). CSV files give their own
 * header; vCard files give VCARD_HEADERS. A later import (invoices, orders) reuses the shape.
 */
export interface ParsedTable {
  headers: string[];
  rows: string[][];
  /** 1-based line of the file where each row starts (the header is on line 1 of a CSV). */
  lines: number[];
}

/** Problems found while reading the file itself (a vCard that does not parse), by line. */
export interface SourceProblem {
  line: number;
  /** Message key and its parameters, rendered by the page. */
  key: 'contactsImportBadCard';
  params: string[];
}
