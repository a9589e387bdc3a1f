import fc from 'fast-check';
import { toBase64Url, utf8 } from '@/lib/sync/sharing/bytes';
import { generateIdentity } from '@/lib/sync/sharing/identity';
import { formatInviteCode, InviteCode, readInviteCode } from '@/lib/sync/sharing/invite-code';

const identity = await generateIdentity();
const spki = identity.identity.publicSpki;

describe('invite code', () => {
  it('reads back what was written, also when wrapped over lines or padded with spaces', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 60 }).filter((s) => s.trim() !== ''),
        fc.string({ maxLength: 60 }),
        (username, name) => {
          const code = formatInviteCode({ publicKey: spki, username, name });
          const wrapped = `  ${code.slice(0, 40)}\n${code.slice(40)}\t `;
          expect(InviteCode.parse(wrapped)).toEqual({ publicKey: spki, username: username.trim(), name: name.trim() });
        },
      ),
    );
  });

  it('names the problem of a code cut short or mistyped', () => {
    const code = formatInviteCode({ publicKey: spki, username: 'deputy', name: 'Nino Beridze' });
    expect(readInviteCode(code.slice(0, -3))).toMatchObject({ ok: false });
    expect(readInviteCode(code.slice(0, 60))).toMatchObject({ ok: false });
    // Another well-formed name in place of the one the checksum covers.
    const parts = code.split('.');
    parts[3] = toBase64Url(utf8('Someone else'));
    expect(readInviteCode(parts.join('.'))).toEqual({ ok: false, problem: 'checksum' });
    const i = code.indexOf('.') + 10;
    const typo = code.slice(0, i) + (code[i] === 'A' ? 'B' : 'A') + code.slice(i + 1);
    expect(readInviteCode(typo)).toMatchObject({ ok: false });
    expect(readInviteCode('hello')).toEqual({ ok: false, problem: 'format' });
    expect(readInviteCode('x'.repeat(5000))).toEqual({ ok: false, problem: 'too-long' });
    expect(InviteCode.safeParse('keyside1....').success).toBe(false);
  });

  it('refuses a code whose key is not a P-256 public key even with a right checksum', () => {
    const code = formatInviteCode({ publicKey: 'AAAA', username: 'deputy', name: '' });
    expect(readInviteCode(code)).toEqual({ ok: false, problem: 'key' });
  });

  it('never throws on garbage, and accepts garbage only as a well-formed invite', () => {
    const pieces = fc.constantFrom('keyside1', '.', 'A', '_', '-', ' ', '\n', '=', 'é', '💥', spki.slice(0, 20));
    const garbage = fc.oneof(
      fc.string({ maxLength: 400 }),
      fc.array(pieces, { maxLength: 80 }).map((p) => p.join('')),
    );
    fc.assert(
      fc.property(garbage, (text) => {
        const read = readInviteCode(text);
        if (read.ok) expect(read.invite.publicKey).toHaveLength(122);
      }),
    );
  });

  it('reads a long adversarial paste in linear time', () => {
    const started = performance.now();
    for (const text of ['.'.repeat(3999), ' '.repeat(3999), `keyside1.${'A'.repeat(1990)}`, ' .'.repeat(1999)]) {
      expect(readInviteCode(text).ok).toBe(false);
    }
    expect(performance.now() - started).toBeLessThan(200);
  });
});
