import { z } from 'zod';
import { fromBase64Url, randomBytes, toBase64Url } from './bytes';
import { fingerprintOf } from './fingerprint';
import type { Identity } from './identity';
import { type KeyWrap, newSpaceKey, unwrapSpaceKey, wrapSpaceKey } from './wrap';

/**
 * A shared space: one per shared account, with its own random 256-bit key that has a version.
 * The owner keeps every version's key (documents written before a rotation stay readable until
 * lib/sync re-encrypts them on its next push, see `rekeyFrom`); the members document on the
 * server carries each current member's wraps of those keys and nothing in clear but public keys,
 * server user names and dates.
 */

const B64 = z
  .string()
  .regex(/^[A-Za-z0-9_-]*$/)
  .max(4000);

export const SpaceMember = z.object({
  spki: B64,
  fingerprint: z.string(),
  /** Their server (CouchDB) user name: what `_security` lists. */
  username: z.string(),
  /** What the owner calls them; kept on the owner's devices only, never on the server. */
  name: z.string(),
  role: z.enum(['owner', 'deputy']),
  addedAt: z.string(),
});
export type SpaceMember = z.infer<typeof SpaceMember>;

/** What a device keeps about one shared space (sealed with the personal space key at rest). */
export const SharedSpace = z.object({
  spaceId: z.string().regex(/^[0-9a-f]{32}$/),
  accountId: z.string(),
  role: z.enum(['owner', 'deputy']),
  ownerSpki: B64,
  /** The current key version: new documents are encrypted with it. */
  kv: z.number().int().positive(),
  /** Raw keys by version (base64url), so older documents still open. */
  keys: z.record(z.string(), B64),
  members: z.array(SpaceMember),
  /**
   * Set by a revocation: documents encrypted with a version below `kv` are to be encrypted again
   * with the current key on the next push (lib/sync); cleared once that push finished.
   */
  rekeyFrom: z.number().int().positive().optional(),
});
export type SharedSpace = z.infer<typeof SharedSpace>;

export const KeyWrapSchema = z.object({ kv: z.number().int().positive(), salt: B64, iv: B64, ct: B64 });

/** The members document in the shared space's own database. */
export const MEMBERS_DOC_ID = 'keyside-members';
export const MembersDoc = z.object({
  _id: z.literal(MEMBERS_DOC_ID),
  _rev: z.string().optional(),
  v: z.literal(1),
  spaceId: z.string().regex(/^[0-9a-f]{32}$/),
  owner: B64,
  kv: z.number().int().positive(),
  members: z
    .array(
      z.object({
        spki: B64,
        username: z.string().max(200),
        role: z.enum(['owner', 'deputy']),
        addedAt: z.string().max(40),
        wraps: z.array(KeyWrapSchema).max(1000),
      }),
    )
    .max(1000),
});
export type MembersDoc = z.infer<typeof MembersDoc>;

/** The CouchDB database of a shared space: a random name that says nothing about the account. */
export const spaceDbName = (spaceId: string) => `keyside-space-${spaceId}`;

/**
 * The inbox database of one identity: where an owner leaves a notice that a space was shared with
 * it, so the deputy's device finds the space (a plain CouchDB user may not list databases).
 * Named from the SHA-256 of the public key, so the owner and the deputy compute the same name.
 */
export async function inboxDbName(publicSpki: string): Promise<string> {
  const spki = fromBase64Url(publicSpki);
  if (!spki) throw new Error('not a base64url public key');
  const hash = new Uint8Array(await crypto.subtle.digest('SHA-256', spki));
  return `keyside-inbox-${hex(hash.slice(0, 16))}`;
}

/** The notice in a deputy's inbox: which database holds the space and who owns it. */
export const InboxNotice = z.object({
  _id: z.string().max(100),
  _rev: z.string().optional(),
  spaceId: z.string().regex(/^[0-9a-f]{32}$/),
  db: z.string().max(100),
  owner: B64,
});
export type InboxNotice = z.infer<typeof InboxNotice>;
export const inboxNoticeId = (spaceId: string) => `space-${spaceId}`;

const hex = (bytes: Uint8Array) => [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');

export interface NewMember {
  spki: string;
  username: string;
  name: string;
}

/** A new space for one account, with the owner as its first member and key version 1. */
export async function createSharedSpace(
  accountId: string,
  owner: Identity,
  ownerUsername: string,
  now: Date,
): Promise<SharedSpace> {
  return {
    spaceId: hex(randomBytes(16)),
    accountId,
    role: 'owner',
    ownerSpki: owner.publicSpki,
    kv: 1,
    keys: { '1': toBase64Url(newSpaceKey()) },
    members: [
      {
        spki: owner.publicSpki,
        fingerprint: await fingerprintOf(owner.publicSpki),
        username: ownerUsername,
        name: '',
        role: 'owner',
        addedAt: now.toISOString(),
      },
    ],
  };
}

/** The space with one more deputy (or the same space when that key is already a member). */
export async function addMember(space: SharedSpace, member: NewMember, now: Date): Promise<SharedSpace> {
  if (space.members.some((m) => m.spki === member.spki)) return space;
  const entry: SpaceMember = {
    ...member,
    fingerprint: await fingerprintOf(member.spki),
    role: 'deputy',
    addedAt: now.toISOString(),
  };
  return { ...space, members: [...space.members, entry] };
}

/**
 * Revocation: the member leaves and the space gets a new key version that only the remaining
 * members receive. Documents written from now on are unreadable with the keys the removed member
 * had; older ones are re-encrypted from `rekeyFrom` on the next push.
 */
export function revokeMember(space: SharedSpace, fingerprint: string): SharedSpace {
  const members = space.members.filter((m) => m.role === 'owner' || m.fingerprint !== fingerprint);
  if (members.length === space.members.length) return space;
  const kv = space.kv + 1;
  return {
    ...space,
    kv,
    keys: { ...space.keys, [String(kv)]: toBase64Url(newSpaceKey()) },
    members,
    rekeyFrom: space.rekeyFrom ?? space.kv,
  };
}

/** The raw key of a version (null when this device does not hold it). */
export function spaceKeyBytes(space: SharedSpace, kv = space.kv): Uint8Array<ArrayBuffer> | null {
  const text = space.keys[String(kv)];
  return text === undefined ? null : fromBase64Url(text);
}

const versions = (space: SharedSpace) =>
  Object.keys(space.keys)
    .map(Number)
    .sort((a, b) => a - b);

/** The members document for the server: every member's wraps of every key version. */
export async function membersDocOf(space: SharedSpace, owner: Identity, rev?: string): Promise<MembersDoc> {
  const members = [];
  for (const m of space.members) {
    const wraps: KeyWrap[] = [];
    for (const kv of versions(space)) {
      const key = spaceKeyBytes(space, kv);
      if (!key) continue;
      wraps.push(
        await wrapSpaceKey({ key, accountId: space.accountId }, owner.privateKey, {
          spaceId: space.spaceId,
          kv,
          ownerSpki: space.ownerSpki,
          memberSpki: m.spki,
        }),
      );
    }
    members.push({ spki: m.spki, username: m.username, role: m.role, addedAt: m.addedAt, wraps });
  }
  return {
    _id: MEMBERS_DOC_ID,
    ...(rev ? { _rev: rev } : {}),
    v: 1,
    spaceId: space.spaceId,
    owner: space.ownerSpki,
    kv: space.kv,
    members,
  };
}

export class NotAMemberError extends Error {
  override name = 'NotAMemberError';
}

/**
 * A deputy's device opens a space from its members document: it finds its own entry and unwraps
 * every key version. `ownerSpki` is the owner the device expects (from the inbox notice); a
 * document signed over to another owner does not open.
 */
export async function openSharedSpace(doc: MembersDoc, me: Identity, ownerSpki: string): Promise<SharedSpace> {
  if (doc.owner !== ownerSpki) throw new NotAMemberError('The space belongs to another owner.');
  const mine = doc.members.find((m) => m.spki === me.publicSpki);
  if (!mine) throw new NotAMemberError('This identity is not a member of the space.');
  const keys: Record<string, string> = {};
  let accountId: string | null = null;
  for (const wrap of mine.wraps) {
    const opened = await unwrapSpaceKey(wrap, me.privateKey, {
      spaceId: doc.spaceId,
      ownerSpki: doc.owner,
      memberSpki: me.publicSpki,
    });
    if (accountId !== null && opened.accountId !== accountId) throw new NotAMemberError('The wraps disagree on the account.');
    accountId = opened.accountId;
    keys[String(wrap.kv)] = toBase64Url(opened.key);
  }
  if (accountId === null || !keys[String(doc.kv)])
    throw new NotAMemberError('The current key was not shared with this identity.');
  const members: SpaceMember[] = [];
  for (const m of doc.members) {
    members.push({
      spki: m.spki,
      fingerprint: await fingerprintOf(m.spki),
      username: m.username,
      name: '',
      role: m.role,
      addedAt: m.addedAt,
    });
  }
  return { spaceId: doc.spaceId, accountId, role: 'deputy', ownerSpki: doc.owner, kv: doc.kv, keys, members };
}
