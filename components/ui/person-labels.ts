import { t, type MessageKey } from '@/lib/i18n/t';
import type { Mood, RelationKind, RelationshipStage, Role, Stance } from '@/lib/schema';
import './stance.css';

/** A message key's tail for a schema value: 'decision-maker' → 'decision_maker'. */
const keyPart = (v: string) => v.replace('-', '_');

export const roleLabel = (r: Role) => t(`role_${keyPart(r)}` as MessageKey);
export const stageLabel = (s: RelationshipStage) => t(`relStage_${s}` as MessageKey);
export const stanceLabel = (s: Stance) => t(`stance_${s}` as MessageKey);
export const moodLabel = (m: Mood | 'none') => t(`mood_${m}` as MessageKey);
export const relationKindLabel = (k: RelationKind) => t(`relationKind_${keyPart(k)}` as MessageKey);

/** "Igor reports to Anna": the relation as one sentence, for the map's description and Undo. */
export const relationSentence = (k: RelationKind, from: string, to: string) =>
  t(`relation_${keyPart(k)}` as MessageKey, from, to);

/**
 * A stance is never told by colour alone (the map, the people list, the panel): each has a
 * symbol beside its word, and the colour only repeats it.
 */
export const stanceSymbol: Record<Stance, string> = { ally: '✓', neutral: '○', opponent: '✗', unknown: '?' };
