import type { Prompt } from '@/lib/meetings/prompts';
import { t } from '@/lib/i18n/t';
import { promptGroups, promptText } from './prompt-text';

/** The dossier's live facts, grouped; the risky ones are marked so the eye lands there first. */
export function PromptList({ prompts }: { prompts: Prompt[] }) {
  return (
    <>
      {promptGroups.map((g) => {
        const list = prompts.filter((p) => g.kinds.includes(p.kind));
        if (!list.length) return null;
        return (
          <div key={g.key} className={`prep-group prep-${g.key}`}>
            <h3 className="prep-sub">{t(g.key)}</h3>
            <ul className="plain prep-prompt-list">
              {list.map((p, i) => (
                <li key={`${p.kind}-${p.refId}-${i}`} data-testid="prep-prompt" data-kind={p.kind} className={`prompt-${p.kind}`}>
                  {promptText(p)}
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </>
  );
}
