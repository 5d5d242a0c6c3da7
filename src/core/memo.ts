/**
 * Remembered answers, the one home of the core's caches: the same dates and municipality names
 * come back agreement after agreement, and reading each once is most of what makes `check` fast.
 */

/**
 * `compute` with its answers kept for the keys it has seen, at most `limit` of them; the next new
 * key then forgets them all at once (a batch of thousands of agreements cannot grow it without
 * bound). The answers may not be undefined, which marks a key not seen (use null for "none").
 */
export function memoised<K, V extends NonNullable<unknown> | null>(compute: (key: K) => V, limit = 10_000): (key: K) => V {
  const cache = new Map<K, V>();
  return (key) => {
    const known = cache.get(key);
    if (known !== undefined) return known;
    const value = compute(key);
    if (cache.size >= limit) cache.clear();
    cache.set(key, value);
    return value;
  };
}
