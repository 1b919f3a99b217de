/**
 * Id-keyed tables as plain JSON records (the wire and the journal carry them) without letting an
 * id reach a built-in member: a lookup sees only the record's own entries (`constructor`,
 * `toString`, `__proto__` are data, not Object.prototype's members), and a write returns a
 * null-prototype copy, so `__proto__` is stored as an ordinary key instead of being swallowed.
 */
export type IdTable<V> = Readonly<Record<string, V>>;

export function ownEntry<V>(table: IdTable<V>, id: string): V | undefined {
  return Object.hasOwn(table, id) ? table[id] : undefined;
}

/** A null-prototype copy of `table` with `id` set to `value`. */
export function withEntry<V>(table: IdTable<V>, id: string, value: V): Record<string, V> {
  const out = idTable<V>();
  for (const k of Object.keys(table)) out[k] = table[k]!;
  Object.defineProperty(out, id, { value, enumerable: true, writable: true, configurable: true });
  return out;
}

/** An empty null-prototype table: every key, `__proto__` included, is an own data entry. */
export function idTable<V>(entries?: Iterable<readonly [string, V]>): Record<string, V> {
  const out = Object.create(null) as Record<string, V>;
  if (entries) for (const [k, v] of entries) Object.defineProperty(out, k, { value: v, enumerable: true, writable: true, configurable: true });
  return out;
}
