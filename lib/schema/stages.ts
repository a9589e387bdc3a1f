/**
 * An account's stages, in pipeline order. Apart from account.ts's zod schema so that a screen
 * which only lists them (the portfolio's stage filter) does not load zod and every schema.
 */
export const stages = ['prospect', 'active', 'key', 'former'] as const;
