import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isDocked, withDocked } from '@/lib/messaging/panel-dock';

describe('the per-site docked list', () => {
  it('adds and removes one host, sorted, and reads anything else stored as an empty list', () => {
    expect(withDocked(undefined, 'mail.google.com', true)).toEqual(['mail.google.com']);
    const two = withDocked(['outlook.office.com'], 'mail.google.com', true);
    expect(two).toEqual(['mail.google.com', 'outlook.office.com']);
    expect(isDocked(two, 'mail.google.com')).toBe(true);
    expect(isDocked(two, '127.0.0.1:8080')).toBe(false);
    expect(withDocked(two, 'mail.google.com', false)).toEqual(['outlook.office.com']);
    expect(isDocked({ 'mail.google.com': true }, 'mail.google.com')).toBe(false);
    expect(isDocked('mail.google.com', 'mail.google.com')).toBe(false);
  });

  it('holds the host once exactly when docked, whatever was stored, and keeps the other hosts', () => {
    fc.assert(
      fc.property(fc.anything(), fc.string(), fc.boolean(), (stored, host, docked) => {
        const next = withDocked(stored, host, docked);
        expect(next.filter((h) => h === host).length).toBe(docked ? 1 : 0);
        expect(isDocked(next, host)).toBe(docked);
        const others: string[] = Array.isArray(stored)
          ? stored.filter((s): s is string => typeof s === 'string' && s !== host)
          : [];
        expect(next.filter((h) => h !== host).sort()).toEqual([...others].sort());
      }),
    );
  });
});
