import fc from 'fast-check';
import { fromBase64Url, toBase64Url } from '@/lib/sync/sharing/bytes';
import { fingerprintOf } from '@/lib/sync/sharing/fingerprint';
import { generateIdentity, IdentityError, openIdentity, sealIdentity } from '@/lib/sync/sharing/identity';
import { newSpaceKey, unwrapSpaceKey, WrapError, wrapSpaceKey } from '@/lib/sync/sharing/wrap';

const aesKey = () => crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);

describe('base64url', () => {
  it('round-trips any bytes and spells each byte string one way', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        const text = toBase64Url(bytes);
        expect(text).toMatch(/^[A-Za-z0-9_-]*$/);
        expect(fromBase64Url(text)).toEqual(new Uint8Array(bytes));
      }),
    );
  });

  it('rejects garbage without throwing, and whatever it accepts encodes back to the same text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        const bytes = fromBase64Url(text);
        if (bytes) expect(toBase64Url(bytes)).toBe(text);
      }),
    );
  });
});

describe('identity', () => {
  it('opens again with the personal space key it was sealed with, and with no other', async () => {
    const { identity, pkcs8 } = await generateIdentity();
    const key = await aesKey();
    const sealed = await sealIdentity(pkcs8, identity.publicSpki, key);
    expect(JSON.stringify(sealed)).not.toContain(toBase64Url(pkcs8));
    const opened = await openIdentity(sealed, key);
    expect(opened.publicSpki).toBe(identity.publicSpki);
    expect(opened.privateKey.extractable).toBe(false);
    await expect(openIdentity(sealed, await aesKey())).rejects.toBeInstanceOf(IdentityError);
    // The sealed key is bound to its public key: it cannot be passed off as another identity's.
    const other = await generateIdentity();
    await expect(openIdentity({ ...sealed, publicSpki: other.identity.publicSpki }, key)).rejects.toBeInstanceOf(IdentityError);
  });

  it('shows a fingerprint of eight five-digit groups that differs between keys and is stable', async () => {
    const a = (await generateIdentity()).identity.publicSpki;
    const b = (await generateIdentity()).identity.publicSpki;
    const fa = await fingerprintOf(a);
    expect(fa).toMatch(/^\d{5}( \d{5}){7}$/);
    expect(await fingerprintOf(a)).toBe(fa);
    expect(await fingerprintOf(b)).not.toBe(fa);
  });
});

describe('wrapping a space key for a member', () => {
  it('opens for the member it was made for, from the owner it names, in its own space and version', async () => {
    const owner = (await generateIdentity()).identity;
    const deputy = (await generateIdentity()).identity;
    const stranger = (await generateIdentity()).identity;
    const key = newSpaceKey();
    const ctx = { spaceId: 'a'.repeat(32), kv: 3, ownerSpki: owner.publicSpki, memberSpki: deputy.publicSpki };
    const wrap = await wrapSpaceKey({ key, accountId: 'acc-1' }, owner.privateKey, ctx);
    const opened = await unwrapSpaceKey(wrap, deputy.privateKey, ctx);
    expect(opened.key).toEqual(key);
    expect(opened.accountId).toBe('acc-1');

    // Someone else's private key, a claimed other owner, another space or version: nothing opens.
    await expect(unwrapSpaceKey(wrap, stranger.privateKey, ctx)).rejects.toBeInstanceOf(WrapError);
    await expect(unwrapSpaceKey(wrap, deputy.privateKey, { ...ctx, ownerSpki: stranger.publicSpki })).rejects.toBeInstanceOf(
      WrapError,
    );
    await expect(unwrapSpaceKey(wrap, deputy.privateKey, { ...ctx, spaceId: 'b'.repeat(32) })).rejects.toBeInstanceOf(WrapError);
    await expect(unwrapSpaceKey({ ...wrap, kv: 4 }, deputy.privateKey, ctx)).rejects.toBeInstanceOf(WrapError);
  });

  it('refuses a damaged wrap', async () => {
    const owner = (await generateIdentity()).identity;
    const deputy = (await generateIdentity()).identity;
    const ctx = { spaceId: 'c'.repeat(32), kv: 1, ownerSpki: owner.publicSpki, memberSpki: deputy.publicSpki };
    const wrap = await wrapSpaceKey({ key: newSpaceKey(), accountId: 'x' }, owner.privateKey, ctx);
    const flipped = wrap.ct.startsWith('A') ? `B${wrap.ct.slice(1)}` : `A${wrap.ct.slice(1)}`;
    await expect(unwrapSpaceKey({ ...wrap, ct: flipped }, deputy.privateKey, ctx)).rejects.toBeInstanceOf(WrapError);
    await expect(unwrapSpaceKey({ ...wrap, iv: '!!' }, deputy.privateKey, ctx)).rejects.toBeInstanceOf(WrapError);
  });
});
