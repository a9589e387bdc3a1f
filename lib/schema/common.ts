import './zod-config';
import { z } from 'zod';

/** Ids are opaque strings (docs/contract.md, Backup file); we mint UUIDs but accept any non-empty id from backups. */
export const Id = z.string().min(1, 'id must not be empty');

/** ISO 8601 date-time; stored as the string so backups round-trip byte for byte. */
export const IsoDate = z.iso.datetime({ offset: true, error: 'must be an ISO 8601 date-time' });

/** Date-only or date-time: due dates are often just a day. */
export const IsoDay = z.union([z.iso.date(), IsoDate]);

export const Text = z.string();

export function newId(): string {
  return crypto.randomUUID();
}

export function nowIso(): string {
  return new Date().toISOString();
}
