/** What to show of a thrown value: its `message` when it has one, otherwise the value itself. */
export function errorText(e: unknown): string {
  const message = typeof e === 'object' && e !== null && 'message' in e ? e.message : undefined;
  return String(message ?? e);
}
