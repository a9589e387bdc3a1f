import { describe, expect, it } from 'vitest';
import { preparationPrompts } from '@/lib/meetings/prompts';
import { decisionMapPrompts } from '@/lib/meetings/prompts-people';
import { Account, Contact, Meeting, PersonRelation } from '@/lib/schema';

const person = (id: string, extra: Partial<Contact>) => Contact.parse({ id, accountId: 'acme', name: id, ...extra });
const rel = (id: string, fromId: string, toId: string, kind: PersonRelation['kind']) =>
  PersonRelation.parse({ id, accountId: 'acme', fromId, toId, kind });

const anna = person('Anna', { role: 'decision-maker', stance: 'neutral' });
const igor = person('Igor', { role: 'influencer', stance: 'ally' });
const elena = person('Elena', { role: 'gatekeeper', stance: 'opponent' });
const olli = person('Olli', { role: 'user', stance: 'opponent' });

describe('decision map prompts', () => {
  it('names each opponent with whom they influence, an opponent who influences nobody alone, and allies who reach a decision maker', () => {
    const prompts = decisionMapPrompts(
      [anna, igor, elena, olli],
      [
        rel('r1', 'Igor', 'Anna', 'reports-to'),
        rel('r2', 'Elena', 'Anna', 'influences'),
        rel('r3', 'Igor', 'Anna', 'influences'),
      ],
    );
    expect(prompts.map((p) => [p.key, p.params.name, p.params.targetName ?? null, p.refId])).toEqual([
      ['prompt.opponentInfluences', 'Elena', 'Anna', 'Elena'],
      ['prompt.opponent', 'Olli', null, 'Olli'],
      ['prompt.allyInfluences', 'Igor', 'Anna', 'Igor'],
    ]);
    expect(prompts[0]!.params).toMatchObject({ role: 'gatekeeper', targetRole: 'decision-maker' });
  });

  it('an ally who sways only a non-decision maker, and a relation to someone not given, add nothing', () => {
    expect(decisionMapPrompts([igor, olli], [rel('r', 'Igor', 'Olli', 'influences')]).map((p) => p.key)).toEqual([
      'prompt.opponent',
    ]);
    expect(decisionMapPrompts([elena], [rel('r', 'Elena', 'gone', 'influences')]).map((p) => p.key)).toEqual(['prompt.opponent']);
  });

  it('preparationPrompts adds them when relations are passed, for a negotiation but not a call', () => {
    const account = Account.parse({ id: 'acme', name: 'Acme' });
    const meeting = Meeting.parse({
      id: 'm',
      accountId: 'acme',
      type: 'negotiation',
      at: '2026-12-02T10:00:00.000Z',
      contactIds: ['Anna'],
    });
    const base = {
      account,
      contacts: [anna, elena],
      interactions: [],
      tasks: [],
      meetings: [],
      now: new Date('2026-12-01T10:00:00Z'),
      meeting,
    };
    expect(preparationPrompts(base).some((p) => p.kind === 'decision-map')).toBe(false);
    const withMap = preparationPrompts({ ...base, relations: [rel('r2', 'Elena', 'Anna', 'influences')] });
    expect(withMap.filter((p) => p.kind === 'decision-map').map((p) => p.key)).toEqual(['prompt.opponentInfluences']);
    const call = preparationPrompts({
      ...base,
      meeting: { ...meeting, type: 'call' },
      relations: [rel('r2', 'Elena', 'Anna', 'influences')],
    });
    expect(call.some((p) => p.kind === 'decision-map')).toBe(false);
  });
});
