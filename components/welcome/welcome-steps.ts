/** The welcome page's steps in order; the hash keeps the step across the language reload. */
export const welcomeSteps = ['language', 'company', 'sites', 'data', 'done'] as const;
export type WelcomeStep = (typeof welcomeSteps)[number];

export function stepFromHash(hash: string): WelcomeStep {
  const name = hash.replace(/^#\/?/, '');
  return (welcomeSteps as readonly string[]).includes(name) ? (name as WelcomeStep) : 'language';
}
