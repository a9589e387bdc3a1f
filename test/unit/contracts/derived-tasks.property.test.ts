import fc from 'fast-check';
import { derivedSpecs, planDerivedTasks, type DerivedTitles } from '@/lib/contracts/derived-tasks';
import { Contract } from '@/lib/schema/contract';
import { Task } from '@/lib/schema/task';

const titles: DerivedTitles = { renewal: (c, d) => `renew ${c} ${d}`, obligation: (c, x) => `owe ${x} ${c}` };
const NOW = '2026-03-30T09:00:00.000Z';
const day = fc
  .integer({ min: 0, max: 800 })
  .map((n) => new Date(Date.UTC(2026, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));
const contract = fc
  .record({
    status: fc.constantFrom('draft', 'negotiation', 'signed', 'expired'),
    renewalOn: fc.option(day, { nil: null }),
    noticeDays: fc.option(fc.integer({ min: 0, max: 120 }), { nil: null }),
    leadDays: fc.integer({ min: 0, max: 120 }),
    obligations: fc.uniqueArray(
      fc.record({
        id: fc.constantFrom('o1', 'o2', 'o3', 'o4'),
        side: fc.constantFrom('we', 'client'),
        text: fc.constantFrom('Schedule', 'Report', ' '),
        due: fc.option(day, { nil: null }),
        done: fc.boolean(),
      }),
      { selector: (o) => o.id, maxLength: 4 },
    ),
  })
  .map((r) => Contract.parse({ id: 'k1', accountId: 'a1', number: 'FA', ...r }));

/** Applies a plan to a task list, as the repo does in its transaction. */
function apply(tasks: Task[], plan: ReturnType<typeof planDerivedTasks>): Task[] {
  const byId = new Map(tasks.map((t) => [t.id, t]));
  for (const id of plan.delete) byId.delete(id);
  for (const t of plan.put) byId.set(t.id, t);
  return [...byId.values()];
}

describe('derived follow-ups, for any pair of contract versions', () => {
  it('every written task is valid, open ones carry the source’s date, and saving again writes nothing', () => {
    fc.assert(
      fc.property(contract, contract, (a, b) => {
        const before = derivedSpecs(a, titles);
        const after = derivedSpecs(b, titles);
        // The first version saved, then the second saved over it.
        const saved = apply([], planDerivedTasks([], before, [], NOW));
        const first = apply(saved, planDerivedTasks(before, after, saved, NOW));
        for (const t of first) expect(() => Task.parse(t)).not.toThrow();
        // Every open source has exactly one open task with its date, whatever came before.
        for (const s of after.filter((x) => !x.closed)) {
          const t = first.find((x) => x.id === s.id);
          expect(t?.status, s.id).toBe('open');
          expect(t?.due).toBe(s.due);
        }
        // No open task is left for a source that is gone.
        for (const t of first) if (t.status === 'open') expect(after.some((s) => s.id === t.id && !s.closed)).toBe(true);
        expect(planDerivedTasks(after, after, first, NOW)).toEqual({ put: [], delete: [] });
        expect(first.every((t) => t.accountId === 'a1' && t.origin?.contractId === 'k1')).toBe(true);
      }),
    );
  });
});
