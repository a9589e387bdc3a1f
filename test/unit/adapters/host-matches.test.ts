import { hostMatches } from '@/lib/adapters/host-matches';
import { matchesPattern } from '@/lib/adapters/match-pattern';
import { builtInAdapters } from '@/lib/adapters/registry';

describe('default host permissions', () => {
  const urlAdapters = builtInAdapters.filter((a) => !a.matchesDocument);

  it('every built-in URL adapter runs where the manifest lets the content script run', () => {
    for (const adapter of urlAdapters)
      for (const sample of adapter.samples.accepts)
        expect(
          hostMatches.some((p) => matchesPattern(p, sample)),
          `${adapter.name}: ${sample}`,
        ).toBe(true);
  });

  it('asks for no host that no built-in adapter reads', () => {
    for (const pattern of hostMatches) {
      const used = urlAdapters.some((a) => a.samples.accepts.some((s) => matchesPattern(pattern, s)));
      expect(used, pattern).toBe(true);
    }
  });
});
