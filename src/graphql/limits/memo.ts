/** The value kept for `key`, computed by `compute` the first time (or again once forgotten). */
export type Memo<K, V> = (key: K, compute: () => V) => V;

/**
 * A bounded memo: the limits judge the same few documents over and over (clients send the same
 * queries), so each judgement is kept, the least recently used forgotten first once `capacity`
 * is reached.
 */
export function boundedMemo<K, V>(capacity: number): Memo<K, V> {
  const entries = new Map<K, V>();
  return (key, compute) => {
    if (entries.has(key)) {
      const value = entries.get(key) as V;
      // A Map iterates in insertion order: re-inserting keeps the least recently used first.
      entries.delete(key);
      entries.set(key, value);
      return value;
    }
    const value = compute();
    entries.set(key, value);
    if (entries.size > capacity) entries.delete(entries.keys().next().value as K);
    return value;
  };
}
