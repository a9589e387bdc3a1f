/** Moves element `index` by `delta` places; out-of-range moves change nothing. */
export function moveAt<T>(list: readonly T[], index: number, delta: number): T[] {
  const to = index + delta;
  if (index < 0 || index >= list.length || to < 0 || to >= list.length) return [...list];
  const out = [...list];
  const [x] = out.splice(index, 1);
  out.splice(to, 0, x as T);
  return out;
}
