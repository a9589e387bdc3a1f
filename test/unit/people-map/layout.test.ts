import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { layoutPeopleMap, type MapLayout, type PlacedNode } from '@/lib/people-map/layout';
import { relationKinds } from '@/lib/schema/person-relation';

const overlap = (a: PlacedNode, b: PlacedNode) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** The promises the map component relies on, whatever the graph. */
function checkLayout(layout: MapLayout, personIds: string[]) {
  expect(layout.nodes.map((n) => n.id).sort()).toEqual([...new Set(personIds)].sort());
  for (const n of layout.nodes) {
    for (const v of [n.x, n.y, n.width, n.height]) expect(Number.isFinite(v)).toBe(true);
    expect(n.x).toBeGreaterThanOrEqual(0);
    expect(n.y).toBeGreaterThanOrEqual(0);
    expect(n.x + n.width).toBeLessThanOrEqual(layout.width + 0.001);
    expect(n.y + n.height).toBeLessThanOrEqual(layout.height + 0.001);
  }
  for (const [i, a] of layout.nodes.entries())
    for (const b of layout.nodes.slice(i + 1)) expect(overlap(a, b), `${a.id} overlaps ${b.id}`).toBe(false);
  const ids = new Set(layout.nodes.map((n) => n.id));
  for (const e of layout.edges) {
    expect(ids.has(e.fromId) && ids.has(e.toId)).toBe(true);
    expect(e.points.length).toBeGreaterThanOrEqual(2);
    for (const p of e.points) expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
  }
}

const centre = (layout: MapLayout, id: string) => {
  const n = layout.nodes.find((x) => x.id === id)!;
  return { x: n.x + n.width / 2, y: n.y + n.height / 2 };
};
const inside = (layout: MapLayout, id: string, p: { x: number; y: number }) => {
  const n = layout.nodes.find((x) => x.id === id)!;
  return p.x >= n.x - 0.5 && p.x <= n.x + n.width + 0.5 && p.y >= n.y - 0.5 && p.y <= n.y + n.height + 0.5;
};

describe('layoutPeopleMap', () => {
  const people = [{ id: 'anna' }, { id: 'igor' }, { id: 'lena' }, { id: 'solo' }];
  const relations = [
    { id: 'r1', fromId: 'igor', toId: 'anna', kind: 'reports-to' as const },
    { id: 'r2', fromId: 'lena', toId: 'anna', kind: 'influences' as const },
  ];

  it('places everyone, a person without relations too, with the boss above who reports to her', () => {
    const layout = layoutPeopleMap(people, relations);
    checkLayout(
      layout,
      people.map((p) => p.id),
    );
    expect(centre(layout, 'anna').y).toBeLessThan(centre(layout, 'igor').y);
    expect(centre(layout, 'anna').y).toBeLessThan(centre(layout, 'lena').y);
  });

  it('draws each arrow from the one who reports or influences to the one above, ending at their box', () => {
    const layout = layoutPeopleMap(people, relations);
    expect(layout.edges.map((e) => [e.id, e.kind])).toEqual([
      ['r1', 'reports-to'],
      ['r2', 'influences'],
    ]);
    for (const e of layout.edges) {
      expect(inside(layout, e.fromId, e.points[0]!)).toBe(true);
      expect(inside(layout, e.toId, e.points.at(-1)!)).toBe(true);
    }
  });

  it('leaves out relations to people not on the map and to oneself; keeps two kinds between one pair', () => {
    const layout = layoutPeopleMap(people, [
      ...relations,
      { id: 'r3', fromId: 'igor', toId: 'anna', kind: 'influences' },
      { id: 'gone', fromId: 'igor', toId: 'nobody', kind: 'reports-to' },
      { id: 'self', fromId: 'anna', toId: 'anna', kind: 'influences' },
    ]);
    expect(layout.edges.map((e) => e.id)).toEqual(['r1', 'r2', 'r3']);
  });

  it('an empty account gives an empty map', () => {
    expect(layoutPeopleMap([], [])).toEqual({ width: 0, height: 0, nodes: [], edges: [] });
  });

  it('survives cycles (two people each reporting to the other) without overlaps', () => {
    const layout = layoutPeopleMap(
      [{ id: 'a' }, { id: 'b' }],
      [
        { id: 'x', fromId: 'a', toId: 'b', kind: 'reports-to' },
        { id: 'y', fromId: 'b', toId: 'a', kind: 'reports-to' },
      ],
    );
    checkLayout(layout, ['a', 'b']);
    expect(layout.edges).toHaveLength(2);
  });

  it('any graph: every node placed once, no overlaps, every edge between placed nodes', () => {
    const graph = fc.integer({ min: 1, max: 12 }).chain((n) =>
      fc.record({
        n: fc.constant(n),
        edges: fc.array(fc.record({ from: fc.nat(n - 1), to: fc.nat(n + 1), kind: fc.constantFrom(...relationKinds) }), {
          maxLength: 20,
        }),
      }),
    );
    fc.assert(
      fc.property(graph, ({ n, edges }) => {
        const ids = Array.from({ length: n }, (_, i) => `p${i}`);
        const layout = layoutPeopleMap(
          ids.map((id) => ({ id })),
          edges.map((e, i) => ({ id: `e${i}`, fromId: `p${e.from}`, toId: `p${e.to}`, kind: e.kind })),
        );
        checkLayout(layout, ids);
        const kept = edges.filter((e) => e.from !== e.to && e.to < n);
        expect(layout.edges).toHaveLength(kept.length);
      }),
      { numRuns: 150 },
    );
  });
});
