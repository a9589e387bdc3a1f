import { describe, expect, it } from 'vitest';
import { passphraseStrength } from '@/components/dashboard/handover/passphrase-strength';
import { passphraseReady } from '@/components/dashboard/handover/PassphraseFields';
import { wordMatches } from '@/components/dashboard/storage/DeleteEverything';

describe('passphrase hint', () => {
  it('rates length first, then variety', () => {
    expect(passphraseStrength('')).toBe('too-short');
    expect(passphraseStrength('Tr0ub4dor')).toBe('too-short');
    expect(passphraseStrength('aaaaaaaaaaaaaaaaaaaaaaaa')).toBe('weak');
    expect(passphraseStrength('password12')).toBe('weak');
    expect(passphraseStrength('sunflowerhat')).toBe('weak');
    expect(passphraseStrength('Sunflower-hat-9')).toBe('strong');
    expect(passphraseStrength('sunflower hat rope')).toBe('fair');
    expect(passphraseStrength('plum harbour seven lanterns')).toBe('strong');
    expect(passphraseStrength('слива гавань семь фонарей')).toBe('strong');
  });

  it('counts what the user sees: a combining accent is not an extra character', () => {
    expect(passphraseStrength('q\u0301'.repeat(5) + 'abc')).toBe('too-short');
  });

  it('is ready only when long enough and typed the same twice', () => {
    expect(passphraseReady({ passphrase: 'plum harbour', confirm: 'plum harbour' })).toBe(true);
    expect(passphraseReady({ passphrase: 'plum harbour', confirm: 'plum harbor' })).toBe(false);
    expect(passphraseReady({ passphrase: 'plum', confirm: 'plum' })).toBe(false);
  });
});

describe('Delete everything confirmation word', () => {
  it('matches ignoring case and edge spaces, in any script', () => {
    expect(wordMatches(' delete ', 'DELETE')).toBe(true);
    expect(wordMatches('удалить', 'УДАЛИТЬ')).toBe(true);
    expect(wordMatches('წაშლა', 'წაშლა')).toBe(true);
    expect(wordMatches('DELET', 'DELETE')).toBe(false);
    expect(wordMatches('', 'DELETE')).toBe(false);
  });
});
