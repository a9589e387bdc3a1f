import { t, type MessageKey } from '@/lib/i18n/t';
import type { Stage } from '@/lib/schema';

export function StageBadge({ stage }: { stage: Stage }) {
  return (
    <span className={`badge stage-${stage}`} data-testid="stage">
      {stage === 'key' ? '★ ' : ''}
      {t(`stage_${stage}` as MessageKey)}
    </span>
  );
}
