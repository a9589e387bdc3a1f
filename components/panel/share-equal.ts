/**
 * `next` with every part that deep-equals the same part of `prev` replaced by `prev`'s object,
 * so a view the worker pushes again (a write elsewhere re-ran the query; only `computedAt` or one
 * follow-up changed) keeps the identity of what did not change, and the memoised panel parts
 * showing those skip their render. Views are plain JSON (parsed from the port), so arrays,
 * plain objects and primitives are all there is. Linear in the size of `next`.
 */
export function shareEqual<T>(prev: unknown, next: T): T {
  if (Object.is(prev, next)) return next;
  if (Array.isArray(next)) {
    if (!Array.isArray(prev)) return next;
    const out = next.map((item: unknown, i) => shareEqual(prev[i], item));
    return (out.length === prev.length && out.every((item, i) => item === prev[i]) ? prev : out) as T;
  }
  if (isPlainObject(next)) {
    if (!isPlainObject(prev)) return next;
    const keys = Object.keys(next);
    const out: Record<string, unknown> = {};
    let same = keys.length === Object.keys(prev).length;
    for (const k of keys) {
      const own = Object.hasOwn(prev, k);
      const v = shareEqual(own ? prev[k] : undefined, next[k]);
      // Defined, not assigned: a key named "__proto__" stays a key.
      Object.defineProperty(out, k, { value: v, enumerable: true, writable: true, configurable: true });
      if (!own || v !== prev[k]) same = false;
    }
    return (same ? prev : out) as T;
  }
  return next;
}

function isPlainObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && Object.getPrototypeOf(x) === Object.prototype;
}
