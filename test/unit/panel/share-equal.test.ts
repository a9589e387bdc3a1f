import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shareEqual } from '@/components/panel/share-equal';

describe('shareEqual', () => {
  it('keeps the identity of the parts that did not change, and takes the new ones', () => {
    const prev = { computedAt: '1', briefings: [{ account: { id: 'a', name: 'Acme' }, openTasks: [{ id: 't1' }] }] };
    const next = {
      computedAt: '2',
      briefings: [{ account: { id: 'a', name: 'Acme' }, openTasks: [{ id: 't1' }, { id: 't2' }] }],
    };
    const out = shareEqual(prev, next);
    expect(out).toEqual(next);
    expect(out).not.toBe(prev);
    expect(out.briefings[0]?.account).toBe(prev.briefings[0]?.account);
    expect(out.briefings[0]?.openTasks[0]).toBe(prev.briefings[0]?.openTasks[0]);
    expect(out.briefings[0]?.openTasks).not.toBe(prev.briefings[0]?.openTasks);
  });

  it('returns the previous value itself when nothing changed', () => {
    const prev = { a: [1, { b: 'x' }], c: null };
    expect(shareEqual(prev, { a: [1, { b: 'x' }], c: null })).toBe(prev);
  });

  it('notices removed keys and shorter arrays', () => {
    const prev = { a: 1, b: 2, list: [1, 2] };
    expect(shareEqual(prev, { a: 1, list: [1] })).toEqual({ a: 1, list: [1] });
  });

  it('always deep-equals the new value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), (prev, next) => {
        expect(shareEqual(prev, next)).toEqual(next);
      }),
    );
  });
});
