import { crmMatches } from '@/lib/adapters/crm-sites';
import { hostMatches } from '@/lib/adapters/host-matches';
import { matchesPattern } from '@/lib/adapters/match-pattern';
import { builtInAdapters } from '@/lib/adapters/registry';

describe('default host permissions', () => {
  const urlAdapters = builtInAdapters.filter((a) => !a.matchesDocument);

  it('every built-in URL adapter runs where the manifest (or a CRM switched on) lets the content script run', () => {
    const runs = [...hostMatches, ...crmMatches];
    for (const adapter of urlAdapters)
      for (const sample of adapter.samples.accepts)
        expect(
          runs.some((p) => matchesPattern(p, sample)),
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
