import { Account } from '@/lib/schema';

describe('Account schema', () => {
  it('normalises domains and keeps unknown keys', () => {
    const a = Account.parse({ id: 'a1', name: 'Acme', domains: ['WWW.Acme.Example'], extra: 1 });
    expect(a.domains).toEqual(['acme.example']);
    expect((a as Record<string, unknown>).extra).toBe(1);
    expect(a.stage).toBe('prospect');
  });
});
