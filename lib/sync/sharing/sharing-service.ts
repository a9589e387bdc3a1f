import { fromBase64Url, toBase64Url } from './bytes';
import { CouchAdmin, CouchError, type ServerLogin } from './couch-admin';
import { fingerprintOf } from './fingerprint';
import { generateIdentity, type Identity, identityFromPkcs8, importPublicKey } from './identity';
import {
  addMember,
  createSharedSpace,
  inboxDbName,
  inboxNoticeId,
  InboxNotice,
  MEMBERS_DOC_ID,
  MembersDoc,
  membersDocOf,
  openSharedSpace,
  revokeMember,
  type SharedSpace,
  spaceDbName,
} from './space';
import { canonical } from '../record-state';
import { mergeSharingStates } from './merge-state';
import { openState, type SealedState, sealState, type SharingState, StateError } from './state';
import { WrapError } from './wrap';

/**
 * Sharing an account with a deputy, and revoking it, over the owner's CouchDB server. Everything
 * the worker needs from outside comes in through SharingDeps (lib/background/sync-share-handlers.ts
 * wires the real ones), so the whole flow runs in unit tests against a fake server.
 */

export type SharingErrorCode = 'not-on' | 'not-found' | 'bad-request' | 'auth' | 'offline' | 'server' | 'unexpected';

export class SharingError extends Error {
  override name = 'SharingError';
  constructor(
    readonly code: SharingErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export interface SharingDeps {
  /** The personal space's AES-GCM key (lib/sync); null while sync is off. */
  personalKey: () => Promise<CryptoKey | null>;
  /** This device's sync login; for sharing it must be a server admin. Null while sync is off. */
  login: () => Promise<ServerLogin | null>;
  /** The sealed sharing state as last saved (undefined when none). */
  load: () => Promise<unknown>;
  save: (sealed: SealedState) => Promise<void>;
  couch: (
    login: ServerLogin,
  ) => Pick<CouchAdmin, 'ensureDb' | 'setMembers' | 'addMembers' | 'putDoc' | 'getDoc' | 'deleteDoc' | 'allDocs'>;
  now: () => Date;
}

export interface MemberView {
  fingerprint: string;
  username: string;
  name: string;
  addedAt: string;
  role: 'owner' | 'deputy';
}

interface Session {
  key: CryptoKey;
  login: ServerLogin;
  state: SharingState;
  identity: Identity;
}

export class SharingService {
  /** One operation at a time: each reads the state, changes the server, then saves. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly deps: SharingDeps) {}

  private serial<T>(run: () => Promise<T>): Promise<T> {
    const next = this.queue.then(run, run);
    this.queue = next.catch(() => undefined);
    return next.then(
      (v) => v,
      (e: unknown) => {
        throw toSharingError(e);
      },
    );
  }

  private async stored(): Promise<{ key: CryptoKey; login: ServerLogin; state: SharingState }> {
    const key = await this.deps.personalKey();
    const login = await this.deps.login();
    if (!key || !login) throw new SharingError('not-on', 'Turn on sync first: sharing works through your sync server.');
    return { key, login, state: await openState(await this.deps.load(), key) };
  }

  private async session(): Promise<Session> {
    const { key, login, state } = await this.stored();
    if (state.identity) {
      const pkcs8 = fromBase64Url(state.identity.pkcs8);
      if (!pkcs8) throw new StateError('The stored identity is damaged.');
      return { key, login, state, identity: await identityFromPkcs8(pkcs8, state.identity.spki) };
    }
    // The first use on this account creates the identity (one per user; a second device that
    // joined with the recovery secret gets the same state through the personal space).
    const { identity, pkcs8 } = await generateIdentity();
    const withIdentity = { ...state, identity: { spki: identity.publicSpki, pkcs8: toBase64Url(pkcs8) } };
    await this.deps.save(await sealState(withIdentity, key));
    return { key, login, state: withIdentity, identity };
  }

  private async saveSpaces(s: Session, spaces: SharedSpace[]): Promise<SharingState> {
    const state = { ...s.state, spaces };
    await this.deps.save(await sealState(state, s.key));
    return state;
  }

  /** This user's public key and the fingerprint others compare. */
  identity(): Promise<{ publicKey: string; fingerprint: string }> {
    return this.serial(async () => {
      const s = await this.session();
      return { publicKey: s.identity.publicSpki, fingerprint: await fingerprintOf(s.identity.publicSpki) };
    });
  }

  /** The spaces this device holds (for routing records and for their keys). */
  spaces(): Promise<SharedSpace[]> {
    return this.serial(async () => (await this.session()).state.spaces);
  }

  /**
   * Who an account is shared with, and this user's role in its space (none when it is not shared):
   * a deputy's dossier says who shared it. Reads only; creates no identity.
   */
  members(accountId: string): Promise<{ members: MemberView[]; role?: 'owner' | 'deputy' }> {
    return this.serial(async () => {
      const s = await this.stored();
      const space = s.state.spaces.find((sp) => sp.accountId === accountId);
      const members = (space?.members ?? []).map(({ fingerprint, username, name, addedAt, role }) => ({
        fingerprint,
        username,
        name,
        addedAt,
        role,
      }));
      return space ? { members, role: space.role } : { members };
    });
  }

  /**
   * Shares one account with a deputy: the space (created on first share) gets the deputy as a
   * member, the server's `_security` lets their user in, the members document carries their wrap
   * of the key and their inbox a notice. Answers the deputy's fingerprint.
   */
  share(accountId: string, deputy: { publicKey: string; username: string; name: string }): Promise<string> {
    return this.serial(async () => {
      const s = await this.session();
      if (!(await importPublicKey(deputy.publicKey))) {
        throw new SharingError('bad-request', 'The invite code does not hold a valid public key.');
      }
      if (deputy.publicKey === s.identity.publicSpki) {
        throw new SharingError('bad-request', 'This invite code is your own.');
      }
      let space = s.state.spaces.find((sp) => sp.accountId === accountId);
      if (space?.role === 'deputy') {
        throw new SharingError('bad-request', 'Only the owner of a shared account can share it further.');
      }
      const others = s.state.spaces.filter((sp) => sp !== space);
      if (!space) {
        space = await createSharedSpace(accountId, s.identity, s.login.username, this.deps.now());
        // Saved before the server is touched, so a retry after a failure reuses this space.
        s.state = await this.saveSpaces(s, [...others, space]);
      }
      const next = await addMember(
        space,
        { spki: deputy.publicKey, username: deputy.username, name: deputy.name },
        this.deps.now(),
      );
      const couch = this.deps.couch(s.login);
      const db = spaceDbName(next.spaceId);
      await couch.ensureDb(db);
      await couch.setMembers(
        db,
        next.members.map((m) => m.username),
      );
      await couch.putDoc(db, await membersDocOf(next, s.identity));
      const inbox = await inboxDbName(deputy.publicKey);
      await couch.ensureDb(inbox);
      await couch.addMembers(inbox, [deputy.username]);
      const notice: InboxNotice = { _id: inboxNoticeId(next.spaceId), spaceId: next.spaceId, db, owner: next.ownerSpki };
      await couch.putDoc(inbox, notice);
      await this.saveSpaces(s, [...others, next]);
      return fingerprintOf(deputy.publicKey);
    });
  }

  /**
   * Stops sharing with one member: the server stops letting their user in first, then the space
   * moves to a new key version that only the remaining members receive, and their inbox notice goes.
   */
  unshare(accountId: string, fingerprint: string): Promise<void> {
    return this.serial(async () => {
      const s = await this.session();
      const space = s.state.spaces.find((sp) => sp.accountId === accountId && sp.role === 'owner');
      const member = space?.members.find((m) => m.role === 'deputy' && m.fingerprint === fingerprint);
      if (!space || !member) throw new SharingError('not-found', 'This account is not shared with that person.');
      const next = revokeMember(space, fingerprint);
      const couch = this.deps.couch(s.login);
      const db = spaceDbName(next.spaceId);
      await couch.setMembers(
        db,
        next.members.map((m) => m.username),
      );
      await this.saveSpaces(s, [...s.state.spaces.filter((sp) => sp !== space), next]);
      await couch.putDoc(db, await membersDocOf(next, s.identity));
      await couch.deleteDoc(await inboxDbName(member.spki), inboxNoticeId(next.spaceId));
    });
  }

  /**
   * A deputy's device: opens the spaces shared with this identity (from its inbox) and drops those
   * it lost access to. lib/sync runs this before pulling, then syncs each space it returns.
   */
  discover(): Promise<SharedSpace[]> {
    return this.serial(async () => {
      const s = await this.session();
      const couch = this.deps.couch(s.login);
      const notices = (await couch.allDocs(await inboxDbName(s.identity.publicSpki)))
        .map((d) => InboxNotice.safeParse(d))
        .flatMap((r) => (r.success ? [r.data] : []));
      const kept = s.state.spaces.filter((sp) => sp.role === 'owner');
      for (const notice of notices) {
        try {
          const doc = MembersDoc.safeParse(await couch.getDoc(notice.db, MEMBERS_DOC_ID));
          if (!doc.success || doc.data.spaceId !== notice.spaceId) continue;
          const opened = await openSharedSpace(doc.data, s.identity, notice.owner);
          kept.push(opened);
        } catch (e) {
          // A space this identity was removed from (401, or no wrap any more) is simply not kept.
          if (e instanceof CouchError && e.problem !== 'auth') throw e;
        }
      }
      await this.saveSpaces(s, kept);
      return kept;
    });
  }

  /**
   * lib/sync, at the start of a run: merges the states other devices of this user left in the
   * personal space (sealed, lib/sync/sharing-doc.ts) into this device's. Creates no identity.
   * Answers whether this user has an identity (then `discover` may run) and the spaces now held.
   */
  adopt(remote: readonly unknown[]): Promise<{ identity: boolean; spaces: SharedSpace[] }> {
    return this.serial(async () => {
      const s = await this.stored();
      const others = await openAll(remote, s.key);
      const merged = mergeSharingStates(s.state, others);
      if (canonical(merged) !== canonical(s.state)) await this.deps.save(await sealState(merged, s.key));
      return { identity: merged.identity !== undefined, spaces: merged.spaces };
    });
  }

  /** The state sealed for the personal space when it differs from what the space holds (`remote`), else null. */
  exportFor(remote: readonly unknown[]): Promise<SealedState | null> {
    return this.serial(async () => {
      const s = await this.stored();
      const others = await openAll(remote, s.key);
      const same = remote.length === 1 && others.length === 1 && canonical(others[0]) === canonical(s.state);
      if (same || (s.state.identity === undefined && s.state.spaces.length === 0)) return null;
      return sealState(s.state, s.key);
    });
  }

  /** The spaces this device holds, without creating an identity (lib/sync routes records with them). */
  held(): Promise<SharedSpace[]> {
    return this.serial(async () => (await this.stored()).state.spaces);
  }

  /** lib/sync calls this once every document of a space is encrypted with its current key. */
  markRekeyed(spaceId: string, kv: number): Promise<void> {
    return this.serial(async () => {
      const s = await this.session();
      const spaces = s.state.spaces.map((sp) => {
        if (sp.spaceId !== spaceId || sp.kv !== kv) return sp;
        const { rekeyFrom: _done, ...rest } = sp;
        return rest;
      });
      await this.saveSpaces(s, spaces);
    });
  }
}

/** The states that open with the personal key; a damaged or foreign one is ignored. */
async function openAll(remote: readonly unknown[], key: CryptoKey): Promise<SharingState[]> {
  const out: SharingState[] = [];
  for (const r of remote) {
    if (r === undefined || r === null) continue;
    try {
      out.push(await openState(r, key));
    } catch (e) {
      if (!(e instanceof StateError)) throw e;
    }
  }
  return out;
}

function toSharingError(e: unknown): SharingError {
  if (e instanceof SharingError) return e;
  if (e instanceof CouchError) return new SharingError(e.problem, e.message);
  if (e instanceof StateError || e instanceof WrapError) return new SharingError('unexpected', e.message);
  return new SharingError('unexpected', e instanceof Error ? e.message : String(e));
}
