import fc from 'fast-check';
import { CHECK_DOC_ID, docIdOf, open, openCheck, seal, sealCheck, WrongSecret } from '@/lib/sync/envelope';
import { BadRecoveryWords, deriveSpaceKeys, newRecoverySecret, secretOf, wordsOf } from '@/lib/sync/keys';

const payload = {
  t: 'contacts',
  id: 'c1',
  f: { id: 'c1', name: 'Anna Kowalska', email: 'anna@acme.example' },
  c: { name: 'x' },
  p: {},
};

describe('recovery words', () => {
  it('spell the secret and give it back', () => {
    const secret = newRecoverySecret();
    const words = wordsOf(secret);
    expect(words).toHaveLength(24);
    expect(secretOf(words.map((w) => ` ${w.toUpperCase()} `))).toEqual(secret);
  });

  it('refuse a changed word, a missing word or junk with one clear error', () => {
    const words = wordsOf(newRecoverySecret());
    expect(() => secretOf(words.slice(1))).toThrow(BadRecoveryWords);
    const swapped = [...words];
    swapped[3] = swapped[3] === 'abandon' ? 'ability' : 'abandon';
    // One word in 16 still passes the 8-bit checksum by chance; the changed secret then fails at the server's check document.
    try {
      expect(secretOf(swapped)).not.toEqual(secretOf(words));
    } catch (e) {
      expect(e).toBeInstanceOf(BadRecoveryWords);
    }
    fc.assert(
      fc.property(fc.array(fc.string(), { maxLength: 30 }), (junk) => {
        expect(() => secretOf(junk)).toThrow(BadRecoveryWords);
      }),
    );
  });
});

describe('envelope', () => {
  it('seals a record so the server sees no name, email or id, and opens it again', async () => {
    const keys = await deriveSpaceKeys(newRecoverySecret());
    const doc = await seal(keys, payload);
    const text = JSON.stringify(doc);
    for (const plain of ['Anna', 'acme', 'contacts', '"c1"']) expect(text).not.toContain(plain);
    expect(doc._id).toBe(await docIdOf(keys, 'contacts', 'c1'));
    expect(await open(keys, doc)).toEqual(payload);
  });

  it('a wrong secret, a moved ciphertext or another key version fails with WrongSecret', async () => {
    const keys = await deriveSpaceKeys(newRecoverySecret());
    const other = await deriveSpaceKeys(newRecoverySecret());
    const doc = await seal(keys, payload);
    await expect(open(other, doc)).rejects.toThrow(WrongSecret);
    const second = await seal(keys, { ...payload, id: 'c2' });
    await expect(open(keys, { ...doc, _id: second._id })).rejects.toThrow(WrongSecret);
    await expect(open(keys, { ...doc, kv: 2 })).rejects.toThrow(WrongSecret);
    await expect(open(keys, { ...doc, ct: 'not base64!' })).rejects.toThrow(WrongSecret);
    const check = await sealCheck(keys);
    expect(check._id).toBe(CHECK_DOC_ID);
    await expect(openCheck(keys, check)).resolves.toBeUndefined();
    await expect(openCheck(other, check)).rejects.toThrow(WrongSecret);
  });
});
