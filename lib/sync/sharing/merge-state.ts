import type { SharedSpace } from './space';
import type { SharingState } from './state';

/**
 * The sharing state of one user travels between their devices inside the personal space
 * (lib/sync/sharing-doc.ts); two devices may change it between runs. The merge is deterministic:
 * - the identity is the one that is a member of the most spaces (the key spaces were shared with or
 *   from must stay, or their wraps no longer open), then one already on the server (the first device
 *   to push one wins, so an invite code handed out from it stays valid), then the smallest public key;
 * - spaces are the union by id; when both hold one, the later version wins: a higher key version
 *   (a revocation), then one whose re-encryption finished, then one with more members (a share).
 */
export function mergeSharingStates(local: SharingState, remotes: readonly SharingState[]): SharingState {
  const byId = new Map<string, SharedSpace>();
  for (const space of [...local.spaces, ...remotes.flatMap((r) => r.spaces)]) {
    const held = byId.get(space.spaceId);
    if (!held || laterSpace(space, held)) byId.set(space.spaceId, space);
  }
  const spaces = [...byId.values()].sort((a, b) => (a.spaceId < b.spaceId ? -1 : 1));
  const onServer = new Set(remotes.flatMap((r) => (r.identity ? [r.identity.spki] : [])));
  const memberOf = (spki: string) => spaces.filter((sp) => sp.members.some((m) => m.spki === spki)).length;
  const candidates = [local, ...remotes].flatMap((r) => (r.identity ? [r.identity] : []));
  const [identity] = candidates.sort(
    (a, b) =>
      memberOf(b.spki) - memberOf(a.spki) ||
      Number(onServer.has(b.spki)) - Number(onServer.has(a.spki)) ||
      (a.spki < b.spki ? -1 : a.spki > b.spki ? 1 : 0),
  );
  return identity ? { identity, spaces } : { spaces };
}

function laterSpace(a: SharedSpace, b: SharedSpace): boolean {
  if (a.kv !== b.kv) return a.kv > b.kv;
  const doneA = a.rekeyFrom === undefined;
  const doneB = b.rekeyFrom === undefined;
  if (doneA !== doneB) return doneA;
  return a.members.length > b.members.length;
}
