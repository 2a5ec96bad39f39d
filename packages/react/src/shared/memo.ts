/** The value a map holds for `key`, made and stored on first use. */
export function getOrSet<K, V>(map: Map<K, V> | WeakMap<K & object, V>, key: K, make: () => V): V {
  const known = (map as Map<K, V>).get(key);
  if (known !== undefined) return known;
  const made = make();
  (map as Map<K, V>).set(key, made);
  return made;
}
