import dagre, { type EdgeLabel, type GraphLabel, type NodeLabel } from '@dagrejs/dagre';
import type { RelationKind } from '@/lib/schema/person-relation';

/** A box's size on the map, in SVG user units. */
export const NODE_WIDTH = 200;
export const NODE_HEIGHT = 84;

export interface Point {
  x: number;
  y: number;
}

/** A person on the map: the box's top-left corner and size. */
export interface PlacedNode {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A relation on the map: a polyline from the `fromId` box to the `toId` box (the arrow's end). */
export interface PlacedEdge {
  id: string;
  fromId: string;
  toId: string;
  kind: RelationKind;
  points: Point[];
}

export interface MapLayout {
  width: number;
  height: number;
  nodes: PlacedNode[];
  edges: PlacedEdge[];
}

interface EdgeIn {
  id: string;
  fromId: string;
  toId: string;
  kind: RelationKind;
}

/**
 * The relations the map can draw: both people present, and two different people. The map, its
 * table and its description all show exactly these.
 */
export function drawableRelations<R extends EdgeIn>(personIds: ReadonlySet<string>, relations: readonly R[]): R[] {
  return relations.filter((r) => r.fromId !== r.toId && personIds.has(r.fromId) && personIds.has(r.toId));
}

/**
 * Places the account's people and their relations as a layered graph (dagre): whoever others
 * report to, or are trying to influence, sits above them, so the decision makers end up on top.
 * Each edge is handed to dagre from `toId` down to `fromId` and its points reversed afterwards,
 * so the arrow still runs from the subordinate (or influencer) to the person above. A reporting
 * line weighs more than an influence, so dagre keeps reporting lines short and straight first.
 * Relations whose people are not on the map, and relations of a person to themselves, are left
 * out (lib/db/repos/person-relations.ts refuses those; a backup could still hold one).
 */
export function layoutPeopleMap(people: readonly { id: string }[], relations: readonly EdgeIn[]): MapLayout {
  if (people.length === 0) return { width: 0, height: 0, nodes: [], edges: [] };
  const g = new dagre.graphlib.Graph<GraphLabel, NodeLabel, EdgeLabel>({ multigraph: true });
  g.setGraph({ rankdir: 'TB', nodesep: 32, ranksep: 56, edgesep: 16, marginx: 12, marginy: 12 });
  const ids = new Set<string>();
  for (const p of people) {
    if (ids.has(p.id)) continue;
    ids.add(p.id);
    g.setNode(p.id, { width: NODE_WIDTH, height: NODE_HEIGHT });
  }
  const edges = drawableRelations(ids, relations);
  for (const r of edges) g.setEdge(r.toId, r.fromId, { weight: r.kind === 'reports-to' ? 3 : 1, minlen: 1 }, r.id);
  dagre.layout(g);

  const nodes = [...ids].map((id) => {
    const n = g.node(id);
    return { id, x: (n.x ?? 0) - NODE_WIDTH / 2, y: (n.y ?? 0) - NODE_HEIGHT / 2, width: NODE_WIDTH, height: NODE_HEIGHT };
  });
  const placed = edges.map((r) => ({
    id: r.id,
    fromId: r.fromId,
    toId: r.toId,
    kind: r.kind,
    points: [...(g.edge(r.toId, r.fromId, r.id).points ?? [])].reverse(),
  }));
  const label = g.graph();
  return { width: label.width ?? 0, height: label.height ?? 0, nodes, edges: placed };
}
