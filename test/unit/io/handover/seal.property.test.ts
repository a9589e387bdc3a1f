import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { fromBase64, toBase64 } from '@/lib/io/handover/base64';
import { MIN_ITERATIONS, parsePackage, type ParsedPackage } from '@/lib/io/handover/format';
import { deriveKey, openHandover, openWithKey, sealHandover } from '@/lib/io/handover/seal';

/**
 * A handover package travels by mail and USB sticks: whatever happens to the file, opening it
 * gives back exactly what was sealed or fails — never other data. PBKDF2 at 600,000 rounds
 * takes a while, so the key is derived once and the property runs decrypt with it.
 */
const secret = JSON.stringify({ format: 'keyside-backup', version: 1, accounts: [{ id: 'a', name: 'Сакартвело ნინო' }] });
const passphrase = 'correct horse battery staple';
let text: string;
let pkg: ParsedPackage;
let key: CryptoKey;

beforeAll(async () => {
  text = await sealHandover(secret, passphrase);
  const parsed = parsePackage(text);
  if (!parsed.ok) throw new Error(parsed.reason);
  pkg = parsed.pkg;
  key = await deriveKey(passphrase, pkg.salt, pkg.header.kdf.iterations);
}, 60_000);

/** Opens a whole file's text with the already derived key (the salt is the same unless edited). */
async function openText(t: string) {
  const p = parsePackage(t);
  return p.ok ? openWithKey(p.pkg, key) : p;
}

describe('handover package', () => {
  it('round-trips with the passphrase and writes the KDF parameters in the header', async () => {
    expect(pkg.header.kdf).toMatchObject({ name: 'PBKDF2', hash: 'SHA-256', iterations: MIN_ITERATIONS });
    expect(text).not.toContain('ნინო');
    const opened = await openHandover(text, passphrase);
    expect(opened).toMatchObject({ ok: true, plaintext: secret });
  }, 30_000);

  it('fails authentication with a wrong passphrase', async () => {
    expect(await openHandover(text, 'correct horse battery stapl')).toEqual({
      ok: false,
      reason: 'wrong-passphrase-or-tampered',
    });
  }, 30_000);

  it('accepts the same passphrase in another Unicode normal form', async () => {
    const sealed = await sealHandover('x', 'Pe\u0301trova');
    expect(await openHandover(sealed, 'P\u00e9trova')).toMatchObject({ ok: true, plaintext: 'x' });
  }, 30_000);

  it('uses a fresh salt and nonce for every package', async () => {
    const again = parsePackage(await sealHandover(secret, passphrase));
    expect(again.ok && again.pkg.header.kdf.salt).not.toBe(pkg.header.kdf.salt);
    expect(again.ok && again.pkg.header.cipher.iv).not.toBe(pkg.header.cipher.iv);
  }, 30_000);

  it('never opens a package with any ciphertext bit flipped', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(), fc.integer({ min: 0, max: 7 }), async (at, bit) => {
        const bytes = new Uint8Array(pkg.ciphertext);
        bytes[at % bytes.length]! ^= 1 << bit;
        const tampered = text.replace(toBase64(pkg.ciphertext), toBase64(bytes));
        expect(await openText(tampered)).toEqual({ ok: false, reason: 'wrong-passphrase-or-tampered' });
      }),
      { numRuns: 60 },
    );
  });

  it('never opens a truncated package, and says it is damaged or failed authentication', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(), async (n) => {
        // Dropping only the final newline leaves the whole package.
        const cut = text.slice(0, n % (text.length - 1));
        const r = await openText(cut);
        expect(r.ok).toBe(false);
        if (!r.ok) expect(['damaged', 'not-a-package', 'wrong-passphrase-or-tampered']).toContain(r.reason);
        if (cut.length > 40 && !r.ok) expect(r.reason).not.toBe('not-a-package');
      }),
      { numRuns: 100 },
    );
  });

  it('never opens a package whose header was edited (the header is authenticated)', async () => {
    const edits = [
      (t: string) => t.replace(pkg.header.createdAt, '2020-01-01T00:00:00.000Z'),
      (t: string) => t.replace(pkg.header.cipher.iv, toBase64(new Uint8Array(12))),
    ];
    for (const edit of edits) expect(await openText(edit(text))).toEqual({ ok: false, reason: 'wrong-passphrase-or-tampered' });
    // Fewer rounds than the floor is refused before any key is derived.
    expect(parsePackage(text.replace('"iterations":600000', '"iterations":1000'))).toEqual({ ok: false, reason: 'damaged' });
  });

  it('gives any other text a clear reason, never an exception', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string(), fc.json()), async (junk) => {
        const r = await openText(junk);
        expect(r.ok).toBe(false);
      }),
      { numRuns: 200 },
    );
    expect(parsePackage('{"format":"keyside-backup","version":1}')).toEqual({ ok: false, reason: 'not-a-package' });
    expect(parsePackage(text.replace('"version":1', '"version":2'))).toEqual({ ok: false, reason: 'unsupported-version' });
  });

  it('base64 round-trips any bytes and refuses other alphabets', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 100_000 }), (b) => {
        expect(fromBase64(toBase64(b))).toEqual(b);
      }),
      { numRuns: 30 },
    );
    expect(fromBase64('ab-_')).toBeUndefined();
    expect(fromBase64('abc')).toBeUndefined();
  });
});
