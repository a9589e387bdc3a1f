/**
 * Preparation prompts from the client's decision map (lib/db/repos/person-relations.ts): who is
 * against our offer and whom they sway, and which allies sway a decision maker. Names and roles
 * travel as params; the UI words them (components/prep/prompt-text-people.ts).
 */
import type { Contact } from '@/lib/schema/contact';
import type { PersonRelation } from '@/lib/schema/person-relation';
import type { Prompt } from './prompts';

export function decisionMapPrompts(people: readonly Contact[], relations: readonly PersonRelation[]): Prompt[] {
  const byId = new Map(people.map((c) => [c.id, c]));
  const influenced = (id: string) =>
    relations
      .filter((r) => r.kind === 'influences' && r.fromId === id && r.toId !== id)
      .map((r) => byId.get(r.toId))
      .filter((c): c is Contact => !!c);
  const out: Prompt[] = [];
  for (const c of people.filter((p) => p.stance === 'opponent')) {
    const targets = influenced(c.id);
    if (targets.length === 0)
      out.push({ kind: 'decision-map', key: 'prompt.opponent', params: { name: c.name, role: c.role }, refId: c.id });
    for (const to of targets)
      out.push({
        kind: 'decision-map',
        key: 'prompt.opponentInfluences',
        params: { name: c.name, role: c.role, targetName: to.name, targetRole: to.role },
        refId: c.id,
      });
  }
  // An ally matters most where they reach a decision maker: that is the way in.
  for (const c of people.filter((p) => p.stance === 'ally')) {
    for (const to of influenced(c.id).filter((p) => p.role === 'decision-maker'))
      out.push({
        kind: 'decision-map',
        key: 'prompt.allyInfluences',
        params: { name: c.name, role: c.role, targetName: to.name, targetRole: to.role },
        refId: c.id,
      });
  }
  return out;
}
