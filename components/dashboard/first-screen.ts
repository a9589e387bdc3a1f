import type { AppDB } from '@/lib/db/app-db';
import { type PortfolioData, portfolioDataOf } from '@/lib/db/queries/portfolio';

/**
 * The top of the unfiltered list when it was last shown: its accounts in order (a screen and a
 * half) and the tags then in use (the tag filter's options until the whole list is read).
 */
const FIRST_SCREEN_KEY = 'keyside.portfolio.firstScreen';
const FIRST_SCREEN = 30;

export interface FirstScreen {
  ids: string[];
  /** Undefined when not remembered (a list remembered before tags were): then they are read. */
  tags?: string[];
}

let early: { ids: string[]; read: Promise<PortfolioData> } | undefined;

/**
 * Starts the portfolio's first-screen read as the page's scripts start (entrypoints/dashboard/main.tsx),
 * before the chosen language is loaded and React renders: opening the database and reading
 * overlap with both instead of following them (issue 13, the portfolio's first paint).
 */
export function readFirstScreenEarly(db: AppDB): void {
  const remembered = rememberedFirstScreen();
  if (remembered.ids.length === 0) return;
  const read = portfolioDataOf(db, remembered.ids, new Date(), remembered.tags);
  // Nobody may take it (the list was left before mounting): not an unhandled rejection.
  read.catch(() => undefined);
  early = { ids: remembered.ids, read };
}

/** The read of this first screen: the one started early if it was for the same ids, else a new one. */
export function firstScreenRead(db: AppDB, { ids, tags }: FirstScreen): Promise<PortfolioData> {
  const started = early;
  early = undefined;
  if (started?.ids.length === ids.length && started.ids.every((id, i) => id === ids[i])) return started.read;
  return portfolioDataOf(db, ids, new Date(), tags);
}

export function rememberedFirstScreen(): FirstScreen {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(FIRST_SCREEN_KEY) ?? '[]');
    // An array: the ids alone, as remembered before the tags were.
    const { ids, tags } = (Array.isArray(stored) ? { ids: stored } : (stored ?? {})) as { ids?: unknown; tags?: unknown };
    return {
      ids: strings(ids).slice(0, FIRST_SCREEN),
      tags: Array.isArray(tags) ? strings(tags) : undefined,
    };
  } catch {
    return { ids: [] };
  }
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((x): x is string => typeof x === 'string') : [];
}

/** Remembers the top of the list as shown (only its first screen's worth) and the tags in use. */
export function rememberFirstScreen(ids: readonly string[], tags: readonly string[]): void {
  try {
    localStorage.setItem(FIRST_SCREEN_KEY, JSON.stringify({ ids: ids.slice(0, FIRST_SCREEN), tags }));
  } catch {
    // Storage full or refused: the next visit just paints without the early screen.
  }
}
