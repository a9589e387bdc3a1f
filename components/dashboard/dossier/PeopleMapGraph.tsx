import { useId } from 'react';
import type { MapLayout, PlacedNode } from '@/lib/people-map/layout';
import { relationKinds, type Contact } from '@/lib/schema';
import { roleLabel, stageLabel, stanceLabel, stanceSymbol } from '@/components/ui/person-labels';

/** Long names and titles are cut to the box (the full text is the node's tooltip and button label). */
function clip(text: string, max: number): string {
  const chars = Array.from(new Intl.Segmenter().segment(text), (s) => s.segment);
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : text;
}

/** What a node says, in one line: the button's accessible name and the box's tooltip. */
export function nodeText(c: Contact): string {
  return [
    c.name,
    c.title,
    roleLabel(c.role),
    `${stanceSymbol[c.stance]} ${stanceLabel(c.stance)}`,
    stageLabel(c.relationshipStage),
  ]
    .filter(Boolean)
    .join(', ');
}

const pct = (v: number, of: number) => `${of ? (v / of) * 100 : 0}%`;

/**
 * The decision map drawn: one box per person (name, title, role, stance with its symbol, stage),
 * solid arrows for "reports to", dashed for "influences". The drawing is one image for assistive
 * technology (its description lists every relation); over each box lies a real button, so the
 * keyboard reaches every person and opens them.
 */
export function PeopleMapGraph(props: {
  layout: MapLayout;
  people: ReadonlyMap<string, Contact>;
  label: string;
  description: string;
  onOpen?: (personId: string) => void;
}) {
  const { layout, people } = props;
  const uid = useId();
  const arrow = (kind: string) => `${uid}-arrow-${kind}`;
  return (
    <div className="people-map-canvas" style={{ maxWidth: layout.width, aspectRatio: `${layout.width} / ${layout.height}` }}>
      <svg
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        role="img"
        aria-labelledby={`${uid}-title ${uid}-desc`}
        data-testid="people-map-svg"
      >
        <title id={`${uid}-title`}>{props.label}</title>
        <desc id={`${uid}-desc`}>{props.description}</desc>
        <defs>
          {relationKinds.map((k) => (
            <marker key={k} id={arrow(k)} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="8" markerHeight="8" orient="auto">
              <path d="M0,0 L10,5 L0,10 z" className={`map-arrow map-arrow-${k}`} />
            </marker>
          ))}
        </defs>
        {layout.edges.map((e) => (
          <polyline
            key={e.id}
            data-testid="map-edge"
            data-kind={e.kind}
            className={`map-edge map-edge-${e.kind}`}
            points={e.points.map((p) => `${p.x},${p.y}`).join(' ')}
            markerEnd={`url(#${arrow(e.kind)})`}
          />
        ))}
        {layout.nodes.map((n) => {
          const c = people.get(n.id);
          return c ? <Node key={n.id} node={n} person={c} /> : null;
        })}
      </svg>
      {props.onOpen &&
        layout.nodes.map((n) => {
          const c = people.get(n.id);
          return c ? (
            <button
              key={n.id}
              type="button"
              className="map-node-hit"
              style={{
                left: pct(n.x, layout.width),
                top: pct(n.y, layout.height),
                width: pct(n.width, layout.width),
                height: pct(n.height, layout.height),
              }}
              aria-label={nodeText(c)}
              onClick={() => props.onOpen?.(n.id)}
              data-testid="map-node-open"
            />
          ) : null;
        })}
    </div>
  );
}

function Node({ node, person: c }: { node: PlacedNode; person: Contact }) {
  return (
    <g
      transform={`translate(${node.x},${node.y})`}
      data-testid="map-node"
      data-person-id={c.id}
      className={`map-node stance-${c.stance}`}
    >
      <title>{nodeText(c)}</title>
      <rect className="map-node-box" width={node.width} height={node.height} rx="6" />
      <rect className="map-node-bar" width="5" height={node.height} rx="2" />
      <text x="14" y="19" className="map-node-name">
        {clip(c.name, 24)}
      </text>
      <text x="14" y="36" className="map-node-line">
        {clip(c.title, 30)}
      </text>
      <text x="14" y="53" className="map-node-line">
        {clip(`${roleLabel(c.role)} · ${stageLabel(c.relationshipStage)}`, 30)}
      </text>
      <text x="14" y="71" className="map-node-stance">
        {clip(`${stanceSymbol[c.stance]} ${stanceLabel(c.stance)}`, 30)}
      </text>
    </g>
  );
}
