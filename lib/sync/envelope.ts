import { z } from 'zod';
import type { SpaceKeys } from './keys';

/**
 * What the server stores per record (docs/architecture.md, "Sync"): an opaque id and one
 * ciphertext. `_id` is HMAC(doc-id key, 'table:id'), so the server cannot tell records, tables
 * or accounts apart; `ct` is base64(iv ‖ AES-GCM(payload)) with the space id, the document id
 * and the key version as additional data, so a ciphertext moved to another document, space or
 * key version fails to open.
 */
export interface SealedDoc {
  _id: string;
  ct: string;
  kv: number;
}

/** The plaintext of a record's document: its fields and their clocks (lib/sync/record-state.ts). */
export const Payload = z.object({
  t: z.string(),
  id: z.string(),
  f: z.record(z.string(), z.unknown()),
  c: z.record(z.string(), z.string()),
  p: z.record(z.string(), z.string()),
  d: z.string().optional(),
});
export type Payload = z.infer<typeof Payload>;

/** The document every space holds to check a recovery secret before anything is written. */
export const CHECK_DOC_ID = 'keyside-space';
const CHECK_TEXT = 'keyside space v1';

export class WrongSecret extends Error {
  constructor() {
    super('The recovery secret does not open the data on this server.');
  }
}

const utf8 = (s: string) => new TextEncoder().encode(s);
const hex = (b: ArrayBuffer) => [...new Uint8Array(b)].map((x) => x.toString(16).padStart(2, '0')).join('');

function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

function fromBase64(s: string): Uint8Array<ArrayBuffer> | undefined {
  try {
    const bin = atob(s);
    const out = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
    return out;
  } catch {
    return undefined;
  }
}

export async function docIdOf(keys: SpaceKeys, table: string, id: string): Promise<string> {
  return hex(await crypto.subtle.sign('HMAC', keys.hmac, utf8(`${table}:${id}`)));
}

const additionalData = (keys: SpaceKeys, docId: string, kv: number) => utf8(`keyside/v1|${keys.spaceId}|${docId}|${kv}`);

async function sealText(keys: SpaceKeys, docId: string, text: string): Promise<SealedDoc> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const sealed = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: additionalData(keys, docId, keys.keyVersion) },
    keys.aes,
    utf8(text),
  );
  const out = new Uint8Array(12 + sealed.byteLength);
  out.set(iv);
  out.set(new Uint8Array(sealed), 12);
  return { _id: docId, ct: toBase64(out), kv: keys.keyVersion };
}

/** Opens a document's ciphertext; WrongSecret when it does not open with these keys. */
async function openText(keys: SpaceKeys, doc: { _id: string; ct?: unknown; kv?: unknown }): Promise<string> {
  const bytes = typeof doc.ct === 'string' ? fromBase64(doc.ct) : undefined;
  if (!bytes || bytes.length < 28 || doc.kv !== keys.keyVersion) throw new WrongSecret();
  try {
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: bytes.subarray(0, 12), additionalData: additionalData(keys, doc._id, keys.keyVersion) },
      keys.aes,
      bytes.subarray(12),
    );
    return new TextDecoder().decode(plain);
  } catch {
    throw new WrongSecret();
  }
}

export async function seal(keys: SpaceKeys, payload: Payload): Promise<SealedDoc> {
  return sealText(keys, await docIdOf(keys, payload.t, payload.id), JSON.stringify(payload));
}

/** The payload of a record's document; WrongSecret when it does not open or does not parse. */
export async function open(keys: SpaceKeys, doc: { _id: string; ct?: unknown; kv?: unknown }): Promise<Payload> {
  const text = await openText(keys, doc);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new WrongSecret();
  }
  const parsed = Payload.safeParse(json);
  // A document of this space whose id does not match its record was moved by the server.
  if (!parsed.success || (await docIdOf(keys, parsed.data.t, parsed.data.id)) !== doc._id) throw new WrongSecret();
  return parsed.data;
}

export const sealCheck = (keys: SpaceKeys) => sealText(keys, CHECK_DOC_ID, CHECK_TEXT);

/** Whether `doc` is this space's check document for these keys (WrongSecret otherwise). */
export async function openCheck(keys: SpaceKeys, doc: { _id: string; ct?: unknown; kv?: unknown }): Promise<void> {
  if ((await openText(keys, doc)) !== CHECK_TEXT) throw new WrongSecret();
}
