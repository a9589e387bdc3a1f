import type { Prompt, PromptParam } from '@/lib/meetings/prompts';
import { t } from '@/lib/i18n/t';
import { roles, type Role } from '@/lib/schema';
import { roleLabel } from '@/components/ui/person-labels';

/** "Anna Petrova (Decision maker)": a name with the person's part in the decision. */
function who(name: PromptParam | undefined, role: PromptParam | undefined): string {
  const n = typeof name === 'string' ? name : '';
  return roles.includes(role as Role) && role !== 'other' ? `${n} (${roleLabel(role as Role)})` : n;
}

/** Words for the decision-map prompts (lib/meetings/prompts-people.ts). */
export function decisionMapPromptText(prompt: Prompt): string {
  const p = prompt.params;
  if (prompt.key === 'prompt.opponentInfluences')
    return t('prompt_opponentInfluences', who(p.name, p.role), who(p.targetName, p.targetRole));
  if (prompt.key === 'prompt.allyInfluences')
    return t('prompt_allyInfluences', who(p.name, p.role), who(p.targetName, p.targetRole));
  return t('prompt_opponent', who(p.name, p.role));
}
